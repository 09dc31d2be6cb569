// SPDX-License-Identifier: Apache-2.0
//
// `vanthu serve [--library DIR] [--host 127.0.0.1] [--port 8080] [--base-url URL]`: the library on the web until
// Ctrl-C or SIGTERM. The first line on standard output says where ("… at http://127.0.0.1:8080/"), so a script
// (or a test that asks for --port 0) can read the address.
#include <csignal>
#include <ostream>
#include <string>

#include "base/base.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "server/server.h"

namespace vanthu::cli {

int run_serve(const CommandContext& context) {
  Args args(context.args);
  constexpr const char* kUsage = "usage: vanthu serve [--library DIR] [--host 127.0.0.1] [--port 8080] [--base-url URL]\n";
  if (answered_help(args, context, std::string(kUsage) +
                                       "  the published library on the web: pages, search, PDF/XML downloads, JSON API,\n"
                                       "  feed.atom and sitemap.xml. --port 0 takes any free port. Ctrl-C stops.\n"))
    return kExitOk;
  bool ok = true;
  const std::filesystem::path dir = library_dir(args, context, ok);
  auto host = args.option("--host");
  auto port = args.option("--port");
  auto base_url = args.option("--base-url");
  auto positionals = args.positionals();
  if (!ok || !host.is_ok() || !port.is_ok() || !base_url.is_ok() || !positionals.is_ok() || !positionals->empty()) {
    context.err << kUsage;
    return kExitUsage;
  }
  server::Options options;
  options.library = dir;
  if (host.value()) options.host = *host.value();
  if (port.value()) {
    const std::string& text = *port.value();
    const bool digits = !text.empty() && text.size() <= 5 && text.find_first_not_of("0123456789") == std::string::npos;
    if (!digits || std::stoul(text) > 65535) {
      context.err << "vanthu serve: --port is a number from 0 to 65535, not '" << text << "'\n";
      return kExitUsage;
    }
    options.port = static_cast<std::uint16_t>(std::stoul(text));
  }
  if (base_url.value()) options.base_url = *base_url.value();

  std::signal(SIGPIPE, SIG_IGN);  // a browser that hangs up mid-answer is a failed write, not the end of the server
  // Signals are taken by this thread alone: blocked before the request threads start, so they inherit the mask.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  Result<std::unique_ptr<server::Server>> started = server::Server::start(options);
  if (!started.is_ok()) {
    context.err << "vanthu serve: " << started.status().message() << '\n';
    return exit_code_for(started.status());
  }
  context.out << "vanthu serve: " << dir.string() << " at " << started.value()->url() << std::endl;
  int signal = 0;
  sigwait(&stop_signals, &signal);
  context.out << "vanthu serve: stopping" << std::endl;
  started.value().reset();  // requests in flight finish
  return kExitOk;
}

}  // namespace vanthu::cli
