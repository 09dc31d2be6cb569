// SPDX-License-Identifier: Apache-2.0
//
// `vanthu inspect FILE [--json]` and `vanthu convert FILE --to akn|text [-o OUT]`: one file through ingest and
// structure, without a library. The inspect --json object is the contract of ARCHITECTURE.md §7: tools outside
// the project read these field names, and absent facts are null, never guessed.
#include <algorithm>
#include <ostream>
#include <string>

#include "base/base.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "ingest/ingest.h"
#include "model/model.h"
#include "render/render.h"
#include "structure/structure.h"
#include "text/text.h"

namespace vanthu::cli {
namespace {

// A file the user named that cannot be read is bad input (exit 4), not a usage error.
int exit_for_file_error(const Status& status) {
  if (status.code() == StatusCode::InvalidArgument) return kExitBadInput;
  return exit_code_for(status);
}

void print_json(std::ostream& out, const ingest::Extracted& extracted, const model::Document& document) {
  const model::Metadata& meta = document.meta;
  const model::Counts counts = model::count_structure(document);
  out << "{\"source\": " << json_quote(extracted.source) << ", \"format\": "
      << json_quote(ingest::format_name(extracted.format)) << ", \"encoding\": " << json_or_null(extracted.encoding)
      << ", \"type\": " << json_or_null(meta.type) << ", \"number\": " << json_or_null(meta.number)
      << ", \"issuer\": " << json_or_null(meta.issuer) << ", \"place\": " << json_or_null(meta.place)
      << ", \"date\": " << json_or_null(meta.date) << ", \"title\": " << json_or_null(meta.title) << ", \"signers\": [";
  bool first = true;
  for (const model::Signer& signer : meta.signers) {
    out << (first ? "" : ", ") << "{\"name\": " << json_or_null(signer.name) << ", \"role\": "
        << json_or_null(signer.capacity.empty() ? signer.role : signer.capacity + " " + signer.role) << "}";
    first = false;
  }
  out << "], \"counts\": {\"parts\": " << counts.parts << ", \"chapters\": " << counts.chapters
      << ", \"sections\": " << counts.sections << ", \"articles\": " << counts.articles
      << ", \"clauses\": " << counts.clauses << ", \"points\": " << counts.points << "}, \"minutes\": ";
  if (document.minutes) {
    const model::Minutes& minutes = *document.minutes;
    out << "{\"start\": " << json_or_null(minutes.start) << ", \"end\": " << json_or_null(minutes.end)
        << ", \"place\": " << json_or_null(minutes.place) << ", \"chair\": " << json_or_null(minutes.chair)
        << ", \"secretary\": " << json_or_null(minutes.secretary) << ", \"attendee_count\": ";
    // People present: the count the minutes state when they state one, else the named attendees present.
    int named_present = 0;
    for (const model::Attendee& attendee : minutes.attendees) named_present += attendee.present;
    out << std::max(named_present, minutes.present_count.value_or(0)) << ", \"agenda_items\": " << minutes.agenda_items
        << ", \"votes\": [";
    first = true;
    for (const model::Vote& vote : minutes.votes) {
      out << (first ? "" : ", ") << "{\"subject\": " << json_or_null(vote.subject) << ", \"for\": "
          << json_or_null(vote.in_favour) << ", \"against\": " << json_or_null(vote.against)
          << ", \"abstain\": " << json_or_null(vote.abstain) << "}";
      first = false;
    }
    out << "]}";
  } else {
    out << "null";
  }
  out << ", \"warnings\": [";
  first = true;
  for (const std::string& warning : document.warnings) {
    out << (first ? "" : ", ") << json_quote(warning);
    first = false;
  }
  out << "]}\n";
}

void print_outline(std::ostream& out, const std::vector<model::Node>& nodes, int depth) {
  for (const model::Node& node : nodes) {
    if (!model::is_hierarchy(node.kind) && node.kind != model::NodeKind::DebateSection &&
        node.kind != model::NodeKind::Speech)
      continue;
    if (node.kind == model::NodeKind::Clause || node.kind == model::NodeKind::Point || node.kind == model::NodeKind::Indent)
      continue;
    out << std::string(static_cast<std::size_t>(depth) * 2, ' ')
        << (node.kind == model::NodeKind::Speech ? node.by + ":" : node.num) << ' '
        << std::string(utf8_truncate(node.heading.empty() ? node.text : node.heading, 100)) << '\n';
    print_outline(out, node.children, depth + 1);
  }
}

void print_human(std::ostream& out, const ingest::Extracted& extracted, const model::Document& document) {
  const model::Metadata& meta = document.meta;
  const model::Counts counts = model::count_structure(document);
  const auto row = [&out](std::string_view label, const std::string& value) {
    out << label << std::string(label.size() < 10 ? 10 - label.size() : 1, ' ') << (value.empty() ? "—" : value) << '\n';
  };
  row("file", extracted.source + " (" + std::string(ingest::format_name(extracted.format)) + ", " + extracted.encoding + ")");
  row("type", meta.type);
  row("number", meta.number);
  row("issuer", meta.issuer_parent.empty() ? meta.issuer : meta.issuer_parent + " / " + meta.issuer);
  row("place", meta.place);
  row("date", meta.date);
  row("title", meta.title);
  for (const model::Signer& signer : meta.signers) row("signer", signer.name + " (" + signer.capacity + (signer.capacity.empty() ? "" : " ") + signer.role + ")");
  row("uri", model::work_uri(meta));
  out << "counts    " << counts.parts << " parts, " << counts.chapters << " chapters, " << counts.sections
      << " sections, " << counts.articles << " articles, " << counts.clauses << " clauses, " << counts.points
      << " points; " << document.attachments.size() << " appendices\n";
  if (document.minutes) {
    const model::Minutes& minutes = *document.minutes;
    row("time", minutes.start + (minutes.end.empty() ? "" : " – " + minutes.end));
    row("place", minutes.place);
    row("chair", minutes.chair);
    row("secretary", minutes.secretary);
    out << "attendees " << minutes.attendees.size() << ", votes " << minutes.votes.size() << '\n';
  }
  out << "\noutline\n";
  print_outline(out, document.body, 1);
  for (const std::string& warning : document.warnings) out << "warning: " << warning << '\n';
}

struct Parsed {
  ingest::Extracted extracted;
  model::Document document;
};

Result<Parsed> parse_file(const std::string& path) {
  Result<ingest::Extracted> extracted = ingest::read_file(path);
  if (!extracted.is_ok()) return extracted.status();
  Parsed parsed{std::move(extracted).value(), {}};
  parsed.document = structure::build(parsed.extracted);
  return parsed;
}

}  // namespace

int run_inspect(const CommandContext& context) {
  Args args(context.args);
  if (answered_help(args, context,
                    "usage: vanthu inspect FILE [--json]\n  parse one file without storing it and show what was read\n")) return kExitOk;
  const bool json = args.flag("--json");
  auto positionals = args.positionals();
  if (!positionals.is_ok() || positionals->size() != 1) {
    context.err << "usage: vanthu inspect FILE [--json]\n";
    if (!positionals.is_ok()) context.err << "vanthu inspect: " << positionals.status().message() << '\n';
    return kExitUsage;
  }
  Result<Parsed> parsed = parse_file(positionals->front());
  if (!parsed.is_ok()) {
    context.err << "vanthu inspect: " << parsed.status().message() << '\n';
    return exit_for_file_error(parsed.status());
  }
  if (json) print_json(context.out, parsed->extracted, parsed->document);
  else print_human(context.out, parsed->extracted, parsed->document);
  return kExitOk;
}

int run_convert(const CommandContext& context) {
  Args args(context.args);
  if (answered_help(args, context, "usage: vanthu convert FILE --to akn|html|pdf|text [-o OUT]\n"
                   "  akn: the canonical Akoma Ntoso XML, validated against the schema\n"
                   "  html: the document page (one file, CSS inlined)\n"
                   "  pdf: the print-ready PDF (A4, Decree 30/2020 layout)\n"
                   "  text: the text as extracted (one paragraph per line), before structure\n")) return kExitOk;
  auto to = args.option("--to");
  auto output = args.option("-o");
  if (!output.is_ok() || !output.value()) output = args.option("--output");
  auto positionals = args.positionals();
  if (!to.is_ok() || !to.value() || !positionals.is_ok() || positionals->size() != 1) {
    context.err << "usage: vanthu convert FILE --to akn|html|pdf|text [-o OUT]\n";
    return kExitUsage;
  }
  const std::string& target = *to.value();
  if (target != "akn" && target != "html" && target != "pdf" && target != "text") {
    context.err << "vanthu convert: --to " << target << " is not a target (akn, html, pdf, text)\n";
    return kExitUsage;
  }
  Result<Parsed> parsed = parse_file(positionals->front());
  if (!parsed.is_ok()) {
    context.err << "vanthu convert: " << parsed.status().message() << '\n';
    return exit_for_file_error(parsed.status());
  }
  std::string result;
  std::vector<std::string> warnings = parsed->document.warnings;
  if (target == "text") {
    for (const ingest::Paragraph& paragraph : parsed->extracted.paragraphs) {
      result += paragraph.text;
      result += '\n';
    }
  } else if (target == "pdf") {
    Result<render::Pdf> pdf = render::pdf(parsed->document);
    if (!pdf.is_ok()) {
      context.err << "vanthu convert: " << positionals->front() << ": " << pdf.status().message() << '\n';
      return exit_code_for(pdf.status());
    }
    result = std::move(pdf->bytes);
    warnings.insert(warnings.end(), pdf->warnings.begin(), pdf->warnings.end());
  } else {
    result = model::to_akn(parsed->document);
    if (Status valid = model::validate_akn(result); !valid.is_ok()) {
      // Our own output failing the schema is a bug: say so, and keep nothing half-written.
      context.err << "vanthu convert: " << positionals->front() << ": internal error, the XML is not schema-valid: "
                  << valid.message() << '\n';
      return kExitInternal;
    }
    if (target == "html") {
      Result<render::Page> page = render::html(result);
      if (!page.is_ok()) {
        context.err << "vanthu convert: " << positionals->front() << ": " << page.status().message() << '\n';
        return exit_code_for(page.status());
      }
      result = std::move(page->html);
      warnings.insert(warnings.end(), page->warnings.begin(), page->warnings.end());
    }
  }
  const std::optional<std::string>& out_path = output.is_ok() ? output.value() : std::nullopt;
  if (out_path && *out_path != "-") {
    if (Status written = write_file_atomic(*out_path, result); !written.is_ok()) {
      context.err << "vanthu convert: " << written.message() << '\n';
      return exit_code_for(written);
    }
  } else {
    context.out << result;
  }
  for (const std::string& warning : warnings) context.err << "warning: " << warning << '\n';
  return kExitOk;
}

}  // namespace vanthu::cli
