// SPDX-License-Identifier: Apache-2.0
#include "base/base.h"

#include <cstdio>
#include <cstdlib>
#include <string>

namespace vanthu {
namespace {

LogLevel threshold_from_environment() {
  const char* value = std::getenv("VANTHU_LOG");
  if (value == nullptr) return LogLevel::Info;
  const std::string_view name(value);
  if (name == "debug") return LogLevel::Debug;
  if (name == "warning") return LogLevel::Warning;
  if (name == "error") return LogLevel::Error;
  return LogLevel::Info;
}

std::string_view level_name(LogLevel level) {
  switch (level) {
    case LogLevel::Debug: return "debug";
    case LogLevel::Info: return "info";
    case LogLevel::Warning: return "warning";
    case LogLevel::Error: return "error";
  }
  return "log";
}

}  // namespace

void log(LogLevel level, std::string_view message) {
  // Read once: the environment is fixed for the life of the process, and this keeps logging free of globals
  // that anyone could change.
  static const LogLevel threshold = threshold_from_environment();
  if (level < threshold) return;
  std::string line = "vanthu ";
  line += level_name(level);
  line += ": ";
  line += message;
  line += '\n';
  std::fwrite(line.data(), 1, line.size(), stderr);
}

}  // namespace vanthu
