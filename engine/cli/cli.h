// SPDX-License-Identifier: Apache-2.0
//
// cli: the `vanthu` command. A thin shell over the library: each subcommand parses its arguments, calls the
// modules and prints. Subcommands live in one table (commands.cpp); exit codes in exit_codes.h.
#pragma once

#include <iosfwd>
#include <span>
#include <string_view>

namespace vanthu::cli {

// Runs `vanthu args...` (args excludes the program name) reading standard input from in and writing to out and
// err; returns the process exit code. Used by main() and by tests that want the CLI without a process.
int run(std::span<const std::string_view> args, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace vanthu::cli
