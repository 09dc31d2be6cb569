// SPDX-License-Identifier: Apache-2.0
//
// Private to engine/cli: what every subcommand receives, and the subcommands' entry points.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <span>
#include <string_view>

#include "base/base.h"

namespace vanthu::store {
class Library;
}

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

// Prints usage to standard output and returns true when args ask for --help or -h.
bool answered_help(Args& args, const CommandContext& context, std::string_view usage);

// The library folder: --library, else $VANTHU_LIBRARY, else ./var/library. ok is false after a usage error.
std::filesystem::path library_dir(Args& args, const CommandContext& context, bool& ok);

// Rebuilds <library>/index from the published documents' latest XML, beside the old index, then swaps them.
Result<std::size_t> rebuild_index(store::Library& library);

}  // namespace vanthu::cli
