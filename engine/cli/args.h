// SPDX-License-Identifier: Apache-2.0
//
// Private to engine/cli: a small argument reader shared by the subcommands, so every command spells flags,
// reports unknown ones and reads "-" as standard input the same way.
#pragma once

#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/base.h"

namespace vanthu::cli {

class Args {
public:
  explicit Args(std::span<const std::string_view> args) : m_args(args.begin(), args.end()) {}

  // True (and the flag is consumed) when --name is present.
  bool flag(std::string_view name);
  // The value of "--name VALUE" or "--name=VALUE"; consumed. An error when the value is missing.
  Result<std::optional<std::string>> option(std::string_view name);
  // Every value of a repeatable option, in order.
  Result<std::vector<std::string>> options(std::string_view name);
  // What is left once flags and options are taken: the positional arguments. An error names the first leftover
  // argument that looks like an unknown flag.
  Result<std::vector<std::string>> positionals();

private:
  std::vector<std::string_view> m_args;
};

// The bytes of path, or of standard input for "-".
Result<std::string> read_input(const std::string& path, std::istream& in);

}  // namespace vanthu::cli
