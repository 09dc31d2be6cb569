// SPDX-License-Identifier: Apache-2.0
//
// `vanthu ingest [--library DIR] [--draft] PATH...` and `vanthu check [--library DIR]`: the library on disk. Files and
// folders go through ingest → structure → the library; a bad file is reported and skipped, never fatal.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <ostream>
#include <string>
#include <vector>

#include "base/base.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "ingest/ingest.h"
#include "index/index.h"
#include "store/store.h"
#include "structure/structure.h"

namespace vanthu::cli {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kDocumentExtensions[] = {".txt", ".text", ".html", ".htm", ".xhtml", ".docx",
                                                    ".doc", ".rtf", ".pdf", ".xml", ".akn"};

// Files found by walking a folder: documents by extension, in name order. Hidden files, READMEs and the ground-truth
// transcripts kept beside legacy originals (*.truth.txt) are not documents. Files named on the command line are
// always taken.
bool is_document_file(const fs::path& path) {
  const std::string name = path.filename().string();
  if (name.starts_with(".") || name.starts_with("README") || name.ends_with(".truth.txt")) return false;
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return std::find(std::begin(kDocumentExtensions), std::end(kDocumentExtensions), extension) !=
         std::end(kDocumentExtensions);
}

std::vector<fs::path> expand(const std::vector<std::string>& paths, std::vector<std::string>& missing) {
  std::vector<fs::path> files;
  for (const std::string& path : paths) {
    std::error_code error;
    if (fs::is_directory(path, error)) {
      std::vector<fs::path> found;
      for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, error);
           !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
        if (it->is_regular_file(error) && is_document_file(it->path())) found.push_back(it->path());
      }
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::exists(path, error)) {
      files.emplace_back(path);
    } else {
      missing.push_back(path);
    }
  }
  return files;
}

void progress(std::ostream& err, std::size_t done, std::size_t total) {
  constexpr int kWidth = 30;
  const int filled = total == 0 ? kWidth : static_cast<int>(done * kWidth / total);
  err << "\r[" << std::string(static_cast<std::size_t>(filled), '#') << std::string(static_cast<std::size_t>(kWidth - filled), ' ')
      << "] " << done << '/' << total << std::flush;
}

}  // namespace

fs::path library_dir(Args& args, const CommandContext& context, bool& ok) {
  ok = true;
  auto option = args.option("--library");
  if (!option.is_ok()) {
    context.err << "vanthu: " << option.status().message() << '\n';
    ok = false;
    return {};
  }
  if (option.value()) return *option.value();
  if (const char* env = std::getenv("VANTHU_LIBRARY"); env != nullptr && *env != '\0') return env;
  return "var/library";
}

int run_ingest(const CommandContext& context) {
  Args args(context.args);
  if (answered_help(args, context, "usage: vanthu ingest [--library DIR] [--draft] PATH...\n"
                   "  files and folders into the library (default ./var/library, or $VANTHU_LIBRARY); stored as\n"
                   "  published unless --draft; the same bytes again change nothing\n")) return kExitOk;
  const bool draft = args.flag("--draft");
  bool ok = true;
  const fs::path dir = library_dir(args, context, ok);
  auto positionals = args.positionals();
  if (!ok || !positionals.is_ok() || positionals->empty()) {
    if (!positionals.is_ok()) context.err << "vanthu ingest: " << positionals.status().message() << '\n';
    context.err << "usage: vanthu ingest [--library DIR] [--draft] PATH...\n";
    return kExitUsage;
  }
  std::vector<std::string> missing;
  const std::vector<fs::path> files = expand(positionals.value(), missing);
  for (const std::string& path : missing) context.err << "vanthu ingest: " << path << ": no such file or folder\n";

  Result<std::unique_ptr<store::Library>> opened = store::Library::open(dir, store::OpenMode::Write);
  if (!opened.is_ok()) {
    context.err << "vanthu ingest: " << opened.status().message() << '\n';
    return exit_code_for(opened.status());
  }
  store::Library& library = *opened.value();
  const store::Publication state = draft ? store::Publication::Draft : store::Publication::Published;
  // The index follows the library (it is derived: vanthu reindex rebuilds it). Drafts are never indexed.
  Result<std::unique_ptr<index::Index>> search_index = index::Index::open(dir / "index", index::Access::Write);
  if (!search_index.is_ok()) {
    context.err << "vanthu ingest: " << search_index.status().message() << '\n';
    return exit_code_for(search_index.status());
  }
  // A run killed earlier may have stored documents its index commit never took in.
  if (Result<std::size_t> caught = index::catch_up(library, *search_index.value()); !caught.is_ok()) {
    context.err << "vanthu ingest: " << caught.status().message() << '\n';
    return exit_code_for(caught.status());
  } else if (caught.value() > 0) {
    context.err << "vanthu ingest: indexed " << caught.value() << " documents an interrupted run had stored\n";
  }
  // Index commits are batched (each costs a sync of every table). A crash between them loses no stored document:
  // the next open catches the index up from the catalog (index::catch_up).
  constexpr std::size_t kCommitEvery = 200;
  std::size_t uncommitted = 0;
  const auto commit_index = [&]() -> Status {
    Result<std::int64_t> change = library.last_change();
    if (!change.is_ok()) return change.status();
    uncommitted = 0;
    return search_index.value()->commit(change.value());
  };
  // A bar on a terminal for long runs; a line per file otherwise (logs, pipes, tests).
  const bool bar = files.size() > 20 && ::isatty(STDERR_FILENO) != 0 && &context.err == &std::cerr;
  std::size_t added = 0, versions = 0, unchanged = 0, failed = missing.size();
  const auto started = std::chrono::steady_clock::now();
  for (std::size_t i = 0; i < files.size(); ++i) {
    const fs::path& file = files[i];
    if (bar) progress(context.err, i, files.size());
    Result<std::string> bytes = vanthu::read_file(file);
    Result<ingest::Extracted> extracted =
        bytes.is_ok() ? ingest::read_bytes(file.string(), bytes.value()) : Result<ingest::Extracted>(bytes.status());
    Result<store::AddResult> result = extracted.status();
    if (extracted.is_ok()) {
      model::Document document = structure::build(extracted.value());
      result = library.add(store::Original{file.string(), bytes.value(), extracted->sha256}, document, state,
                           "vanthu ingest");
      if (result.is_ok()) document.meta.work_suffix = result->work_suffix;  // indexed at the address it was stored at
      if (result.is_ok() && result->outcome != store::AddOutcome::Unchanged && state == store::Publication::Published) {
        if (Status indexed = search_index.value()->add(document, file.filename().string()); !indexed.is_ok()) {
          context.err << "vanthu ingest: " << indexed.message() << '\n';
        } else if (++uncommitted >= kCommitEvery) {
          if (Status committed = commit_index(); !committed.is_ok())
            context.err << "vanthu ingest: " << committed.message() << '\n';
        }
      }
    }
    if (!result.is_ok()) {
      ++failed;
      if (bar) context.err << '\n';
      context.err << "failed       " << result.status().message() << '\n';
      continue;
    }
    switch (result->outcome) {
      case store::AddOutcome::Added: ++added; break;
      case store::AddOutcome::NewVersion: ++versions; break;
      case store::AddOutcome::Unchanged: ++unchanged; break;
    }
    if (!bar) {
      std::string label(store::add_outcome_name(result->outcome));
      label.resize(12, ' ');
      context.out << label << ' ' << file.string() << "  " << result->document.work_uri << " v" << result->version
                  << '\n';
    }
  }
  if (Status committed = commit_index(); !committed.is_ok()) {
    context.err << "vanthu ingest: " << committed.message() << " (vanthu reindex rebuilds the index)\n";
    ++failed;
  }
  if (bar) {
    progress(context.err, files.size(), files.size());
    context.err << '\n';
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  context.out << files.size() + missing.size() << " files: " << added << " added, " << versions << " new versions, "
              << unchanged << " unchanged, " << failed << " failed (" << static_cast<int>(seconds * 10) / 10.0
              << " s) into " << dir.string() << '\n';
  return failed == 0 ? kExitOk : kExitSomeFailed;
}

int run_check(const CommandContext& context) {
  Args args(context.args);
  if (answered_help(args, context,
                    "usage: vanthu check [--library DIR]\n  verify every original, every XML, the catalog and the index\n")) return kExitOk;
  bool ok = true;
  const fs::path dir = library_dir(args, context, ok);
  auto positionals = args.positionals();
  if (!ok || !positionals.is_ok() || !positionals->empty()) {
    context.err << "usage: vanthu check [--library DIR]\n";
    return kExitUsage;
  }
  Result<std::unique_ptr<store::Library>> opened = store::Library::open(dir, store::OpenMode::ReadOnly);
  if (!opened.is_ok()) {
    context.err << "vanthu check: " << opened.status().message() << '\n';
    return exit_code_for(opened.status());
  }
  // As a database replays its journal on open: documents a killed run stored but did not index are indexed now.
  if (Result<std::size_t> recovered = index::recover(dir); !recovered.is_ok()) {
    context.err << "vanthu check: " << recovered.status().message() << '\n';
  } else if (recovered.value() > 0) {
    context.out << "recovered  indexed " << recovered.value() << " documents an interrupted run had stored\n";
  }
  Result<std::vector<std::string>> problems = opened.value()->check();
  if (!problems.is_ok()) {
    context.err << "vanthu check: " << problems.status().message() << '\n';
    return exit_code_for(problems.status());
  }
  // The index must agree with the catalog: same documents, every change taken in.
  Result<std::unique_ptr<index::Index>> search_index = index::Index::open(dir / "index", index::Access::Read);
  Result<std::vector<std::string>> disagreements =
      search_index.is_ok() ? index::disagreements(*opened.value(), *search_index.value())
                           : Result<std::vector<std::string>>(search_index.status());
  if (!disagreements.is_ok()) problems->push_back("index: " + disagreements.status().message());
  else problems->insert(problems->end(), disagreements->begin(), disagreements->end());
  for (const std::string& problem : problems.value()) context.out << "problem  " << problem << '\n';
  Result<std::vector<store::DocumentInfo>> documents = opened.value()->documents();
  std::size_t versions = 0;
  if (documents.is_ok()) {
    for (const store::DocumentInfo& document : documents.value()) versions += static_cast<std::size_t>(document.versions);
  }
  context.out << (problems->empty() ? "library ok: " : "library has problems: ")
              << (documents.is_ok() ? documents->size() : 0) << " documents, " << versions << " versions, "
              << problems->size() << " problems in " << dir.string() << '\n';
  return problems->empty() ? kExitOk : kExitSomeFailed;
}

}  // namespace vanthu::cli
