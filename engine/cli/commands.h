// SPDX-License-Identifier: Apache-2.0
//
// Private to engine/cli: what every subcommand receives, and the subcommands' entry points.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "base/base.h"

namespace vanthu::cli {

class Args;

struct CommandContext {
  std::span<const std::string_view> args;  // after the subcommand name
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
};

int run_text(const CommandContext& context);
int run_inspect(const CommandContext& context);
int run_convert(const CommandContext& context);
int run_ingest(const CommandContext& context);
int run_check(const CommandContext& context);
int run_search(const CommandContext& context);
int run_reindex(const CommandContext& context);
int run_export(const CommandContext& context);
int run_publish(const CommandContext& context);
int run_serve(const CommandContext& context);
int run_user(const CommandContext& context);

// Prints usage to standard output and returns true when args ask for --help or -h.
bool answered_help(Args& args, const CommandContext& context, std::string_view usage);

// A JSON string, or null for an absent (empty) fact: the §7 contract never guesses.
std::string json_or_null(const std::string& value);
std::string json_or_null(const std::optional<int>& value);

// The library folder: --library, else $VANTHU_LIBRARY, else ./var/library. ok is false after a usage error.
std::filesystem::path library_dir(Args& args, const CommandContext& context, bool& ok);

}  // namespace vanthu::cli
