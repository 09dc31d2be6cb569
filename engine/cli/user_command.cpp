// SPDX-License-Identifier: Apache-2.0
//
// `vanthu user add NAME [--library DIR]`: a clerk account. The password is asked twice on a terminal (not echoed),
// or read as the first line of standard input (scripts: `printf '%s\n' "$PASSWORD" | vanthu user add an`); it is
// never taken from the command line, where other users of the machine could read it.
#include <termios.h>
#include <unistd.h>

#include <iostream>
#include <string>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "store/store.h"

namespace vanthu::cli {
namespace {

constexpr std::string_view kUsage =
    "usage: vanthu user add NAME [--library DIR]\n"
    "  a clerk account for the server's desk (/clerk/); the password is asked on a terminal, or read as the first\n"
    "  line of standard input; at least 8 characters\n";

// One line from the terminal without echoing it.
std::string ask_hidden(const CommandContext& context, const char* prompt) {
  context.err << prompt << std::flush;
  termios saved{};
  const bool terminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
  if (terminal) {
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
  }
  std::string line;
  std::getline(context.in, line);
  if (terminal) ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
  context.err << '\n';
  return line;
}

}  // namespace

int run_user(const CommandContext& context) {
  Args args(context.args);
  if (answered_help(args, context, kUsage)) return kExitOk;
  bool ok = true;
  const std::filesystem::path dir = library_dir(args, context, ok);
  auto positionals = args.positionals();
  if (!ok || !positionals.is_ok() || positionals->size() != 2 || positionals->at(0) != "add") {
    if (!positionals.is_ok()) context.err << "vanthu user: " << positionals.status().message() << '\n';
    context.err << kUsage;
    return kExitUsage;
  }
  const std::string name = positionals->at(1);
  std::string password;
  const bool interactive = ::isatty(STDIN_FILENO) != 0 && &context.in == &std::cin;
  if (interactive) {
    password = ask_hidden(context, "Password: ");
    if (ask_hidden(context, "Again: ") != password) {
      context.err << "vanthu user: the two passwords differ; nothing was changed\n";
      return kExitUsage;
    }
  } else {
    std::getline(context.in, password);
    if (!password.empty() && password.back() == '\r') password.pop_back();
  }
  Result<std::unique_ptr<store::Library>> library = store::Library::open(dir, store::OpenMode::Write);
  if (!library.is_ok()) {
    context.err << "vanthu user: " << library.status().message() << '\n';
    return exit_code_for(library.status());
  }
  if (Status added = library.value()->add_user(name, password, "vanthu user add"); !added.is_ok()) {
    context.err << "vanthu user: " << added.message() << '\n';
    return exit_code_for(added);
  }
  context.out << "added clerk account " << name << " to " << dir.string() << '\n';
  return kExitOk;
}

}  // namespace vanthu::cli
