// SPDX-License-Identifier: Apache-2.0
#include <iostream>
#include <string_view>
#include <vector>

#include "cli/cli.h"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  std::vector<std::string_view> args(argv + 1, argv + argc);
  const int code = vanthu::cli::run(args, std::cin, std::cout, std::cerr);
  std::cout.flush();
  return code;
}
