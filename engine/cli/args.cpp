// SPDX-License-Identifier: Apache-2.0
#include "cli/args.h"

#include <istream>
#include <iterator>

namespace vanthu::cli {

bool Args::flag(std::string_view name) {
  for (auto it = m_args.begin(); it != m_args.end(); ++it) {
    if (*it == name) {
      m_args.erase(it);
      return true;
    }
  }
  return false;
}

Result<std::optional<std::string>> Args::option(std::string_view name) {
  Result<std::vector<std::string>> all = options(name);
  if (!all.is_ok()) return all.status();
  if (all->empty()) return std::optional<std::string>();
  return std::optional<std::string>(all->back());
}

Result<std::vector<std::string>> Args::options(std::string_view name) {
  std::vector<std::string> values;
  for (std::size_t i = 0; i < m_args.size();) {
    const std::string_view arg = m_args[i];
    if (arg == name) {
      if (i + 1 >= m_args.size()) return Status::invalid_argument(std::string(name) + " needs a value");
      values.emplace_back(m_args[i + 1]);
      m_args.erase(m_args.begin() + static_cast<std::ptrdiff_t>(i), m_args.begin() + static_cast<std::ptrdiff_t>(i + 2));
      continue;
    }
    if (arg.size() > name.size() && arg.starts_with(name) && arg[name.size()] == '=') {
      values.emplace_back(arg.substr(name.size() + 1));
      m_args.erase(m_args.begin() + static_cast<std::ptrdiff_t>(i));
      continue;
    }
    ++i;
  }
  return values;
}

Result<std::vector<std::string>> Args::positionals() {
  std::vector<std::string> out;
  bool only_positionals = false;
  for (std::string_view arg : m_args) {
    if (!only_positionals && arg == "--") {
      only_positionals = true;
      continue;
    }
    if (!only_positionals && arg.size() > 1 && arg.starts_with("-")) {
      return Status::invalid_argument("unknown option " + std::string(arg));
    }
    out.emplace_back(arg);
  }
  return out;
}

Result<std::string> read_input(const std::string& path, std::istream& in) {
  if (path == "-") {
    std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) return Status::io_error("standard input: read failed");
    return data;
  }
  return read_file(path);
}

}  // namespace vanthu::cli
