// SPDX-License-Identifier: Apache-2.0
//
// Private to engine/cli: what every subcommand receives, and the subcommands' entry points.
#pragma once

#include <iosfwd>
#include <span>
#include <string_view>

namespace vanthu::cli {

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

}  // namespace vanthu::cli
