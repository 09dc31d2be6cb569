// SPDX-License-Identifier: Apache-2.0
//
// The subcommand table of `vanthu`, and the dispatcher. Adding a subcommand adds one row here and one file.
#include <array>
#include <ostream>

#include "cli/args.h"
#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"

namespace vanthu::cli {
namespace {

struct Command {
  std::string_view name;
  std::string_view summary;
  int (*run)(const CommandContext&);
};

// The contract commands of ARCHITECTURE.md §7 (ingest, inspect, convert, search, export, serve, publish, user,
// reindex, check) join this table as the modules behind them land.
constexpr std::array<Command, 11> kCommands = {{
    {"search", "search the library: words with or without diacritics, phrases, filters (--json for tools)",
     run_search},
    {"reindex", "rebuild the search index from the library's XML", run_reindex},
    {"ingest", "files and folders into the library (originals, canonical XML, catalog); published unless --draft",
     run_ingest},
    {"check", "verify the library: every original, every XML, the catalog", run_check},
    {"inspect", "parse one file without storing it: metadata, structure, warnings (--json for tools)",
     run_inspect},
    {"convert", "one file straight through the pipeline: --to akn, html, pdf or text", run_convert},
    {"export", "a bundle of documents (--query or --ids): pages, PDFs, XML, originals, manifest, offline search",
     run_export},
    {"publish", "the static site of the published library (--site DIR): pages, PDFs, feeds, sitemap", run_publish},
    {"serve", "the published library on the web (http://127.0.0.1:8080): pages, search, downloads, JSON API",
     run_serve},
    {"user", "clerk accounts for the server's desk: user add NAME (password asked, or from standard input)",
     run_user},
    {"text", "Vietnamese text tools: decode legacy encodings, keys, tokens, dates, numbers, references",
     run_text},
}};

constexpr std::string_view kVersion = "vanthu 0.1.0";

void print_usage(std::ostream& out) {
  out << "usage: vanthu COMMAND [ARGS...]\n\ncommands:\n";
  for (const Command& command : kCommands) out << "  " << command.name << "    " << command.summary << '\n';
  out << "\nvanthu COMMAND --help shows the options of one command. vanthu --version prints the version.\n";
}

}  // namespace

std::string json_or_null(const std::string& value) { return value.empty() ? "null" : json_quote(value); }

std::string json_or_null(const std::optional<int>& value) { return value ? std::to_string(*value) : "null"; }

bool answered_help(Args& args, const CommandContext& context, std::string_view usage) {
  if (!args.flag("--help") && !args.flag("-h")) return false;
  context.out << usage;
  return true;
}

int run(std::span<const std::string_view> args, std::istream& in, std::ostream& out, std::ostream& err) {
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    print_usage(args.empty() ? err : out);
    return args.empty() ? kExitUsage : kExitOk;
  }
  if (args[0] == "--version") {
    out << kVersion << '\n';
    return kExitOk;
  }
  for (const Command& command : kCommands) {
    if (command.name == args[0]) return command.run(CommandContext{args.subspan(1), in, out, err});
  }
  err << "vanthu: unknown command '" << args[0] << "'\n";
  print_usage(err);
  return kExitUsage;
}

}  // namespace vanthu::cli
