// SPDX-License-Identifier: Apache-2.0
//
// `vanthu text OP …`: the engine/text module from the command line. For clerks converting old TCVN3/VNI files,
// and for anyone checking what the engine makes of a piece of Vietnamese text.
#include <array>
#include <ostream>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "text/text.h"

namespace vanthu::cli {
namespace {

using text::Decoded;

struct Op {
  std::string_view name;
  std::string_view usage;
  int (*run)(Args&, const CommandContext&);
};

int fail(const CommandContext& context, const Status& status) {
  context.err << "vanthu text: " << status.message() << '\n';
  return exit_code_for(status);
}

std::string confidence_text(double confidence) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.2f", confidence);
  return buffer;
}

struct TextInput {
  std::string path;  // "-" for standard input
  Decoded decoded;
};

// The input of the text ops: the one named file or standard input, decoded from whatever encoding it is in (or the
// one the hint names).
Result<TextInput> read_text_input(Args& args, const CommandContext& context, const text::DecodeHint& hint = {}) {
  Result<std::vector<std::string>> files = args.positionals();
  if (!files.is_ok()) return files.status();
  if (files->size() > 1) return Status::invalid_argument("expected one FILE (or - for standard input)");
  TextInput input{files->empty() ? "-" : files->front(), {}};
  Result<std::string> bytes = read_input(input.path, context.in);
  if (!bytes.is_ok()) return bytes.status();
  input.decoded = text::decode_text(*bytes, hint);
  return input;
}

Result<text::DecodeHint> read_hint(Args& args, std::string& font_storage) {
  text::DecodeHint hint;
  Result<std::optional<std::string>> from = args.option("--from");
  if (!from.is_ok()) return from.status();
  if (*from && **from != "auto") {
    hint.encoding = text::encoding_from_name(**from);
    if (!hint.encoding) return Status::invalid_argument("unknown encoding '" + **from + "'");
  }
  Result<std::optional<std::string>> font = args.option("--font");
  if (!font.is_ok()) return font.status();
  if (*font) font_storage = **font;
  hint.font_name = font_storage;
  return hint;
}

Status write_output(const std::optional<std::string>& path, std::string_view data, std::ostream& out) {
  if (!path || *path == "-") {
    out << data;
    return Status::ok();
  }
  return write_file_atomic(*path, data);
}

std::string spans_json(const Decoded& decoded) {
  std::string json = "[";
  for (const text::DecodedSpan& span : decoded.spans) {
    if (json.size() > 1) json += ',';
    json += "{\"begin\":" + std::to_string(span.begin) + ",\"end\":" + std::to_string(span.end) +
            ",\"encoding\":" + json_quote(text::encoding_name(span.encoding)) +
            ",\"confidence\":" + confidence_text(span.confidence) + "}";
  }
  return json + "]";
}

int op_decode(Args& args, const CommandContext& context) {
  std::string font;
  Result<text::DecodeHint> hint = read_hint(args, font);
  if (!hint.is_ok()) return fail(context, hint.status());
  Result<std::optional<std::string>> output = args.option("-o");
  if (!output.is_ok()) return fail(context, output.status());
  Result<TextInput> input = read_text_input(args, context, *hint);
  if (!input.is_ok()) return fail(context, input.status());
  const Decoded& decoded = input->decoded;
  if (Status written = write_output(*output, decoded.text, context.out); !written.is_ok()) {
    return fail(context, written);
  }
  context.err << (input->path == "-" ? "stdin" : input->path) << ": " << text::encoding_name(decoded.encoding)
              << " (confidence " << confidence_text(decoded.confidence) << ", " << decoded.spans.size()
              << " span(s))\n";
  return kExitOk;
}

int op_detect(Args& args, const CommandContext& context) {
  std::string font;
  Result<text::DecodeHint> hint = read_hint(args, font);
  if (!hint.is_ok()) return fail(context, hint.status());
  const bool json = args.flag("--json");
  Result<std::vector<std::string>> files = args.positionals();
  if (!files.is_ok()) return fail(context, files.status());
  if (files->empty()) files->push_back("-");
  int failed = 0;
  for (const std::string& path : *files) {  // a batch reports a bad file and goes on
    Result<std::string> bytes = read_input(path, context.in);
    if (!bytes.is_ok()) {
      context.err << "vanthu text detect: " << bytes.status().message() << '\n';
      ++failed;
      continue;
    }
    const Decoded decoded = text::decode_text(*bytes, *hint);
    if (json) {
      context.out << "{\"source\":" << json_quote(path) << ",\"encoding\":"
                  << json_quote(text::encoding_name(decoded.encoding))
                  << ",\"confidence\":" << confidence_text(decoded.confidence) << ",\"spans\":" << spans_json(decoded)
                  << "}\n";
    } else {
      context.out << path << '\t' << text::encoding_name(decoded.encoding) << '\t'
                  << confidence_text(decoded.confidence) << '\n';
    }
  }
  return failed == 0 ? kExitOk : kExitSomeFailed;
}

int op_encode(Args& args, const CommandContext& context) {
  Result<std::optional<std::string>> to = args.option("--to");
  if (!to.is_ok()) return fail(context, to.status());
  if (!*to) return fail(context, Status::invalid_argument("encode needs --to ENCODING"));
  const std::optional<text::Encoding> encoding = text::encoding_from_name(**to);
  if (!encoding) return fail(context, Status::invalid_argument("unknown encoding '" + **to + "'"));
  Result<std::optional<std::string>> output = args.option("-o");
  if (!output.is_ok()) return fail(context, output.status());
  Result<TextInput> input = read_text_input(args, context);
  if (!input.is_ok()) return fail(context, input.status());
  Result<std::string> bytes = text::encode_as(input->decoded.text, *encoding);
  if (!bytes.is_ok()) return fail(context, bytes.status());
  if (Status written = write_output(*output, *bytes, context.out); !written.is_ok()) return fail(context, written);
  return kExitOk;
}

int op_keys(Args& args, const CommandContext& context) {
  Result<std::vector<std::string>> words = args.positionals();
  if (!words.is_ok()) return fail(context, words.status());
  if (words->empty()) return fail(context, Status::invalid_argument("keys needs at least one WORD"));
  for (const std::string& word : *words) {
    context.out << word << '\t' << text::exact_key(word) << '\t' << text::fold_key(word) << '\n';
  }
  return kExitOk;
}

std::string_view kind_name(text::TokenKind kind) {
  switch (kind) {
    case text::TokenKind::Word: return "word";
    case text::TokenKind::Number: return "number";
    case text::TokenKind::Compound: return "compound";
  }
  return "?";
}

int op_tokens(Args& args, const CommandContext& context) {
  Result<TextInput> input = read_text_input(args, context);
  if (!input.is_ok()) return fail(context, input.status());
  context.out << "position\tbegin\tend\tkind\texact\tfolded\n";
  text::tokenize(input->decoded.text, [&](const text::Token& token) {
    context.out << token.position << '\t' << token.begin << '\t' << token.end << '\t' << kind_name(token.kind)
                << (token.part ? "-part" : "") << '\t' << token.exact << '\t' << token.folded << '\n';
  });
  return kExitOk;
}

std::string date_kind_name(text::DateKind kind) {
  switch (kind) {
    case text::DateKind::Full: return "full";
    case text::DateKind::Numeric: return "numeric";
    case text::DateKind::DayMonth: return "day-month";
    case text::DateKind::MonthYear: return "month-year";
    case text::DateKind::Quarter: return "quarter";
    case text::DateKind::Year: return "year";
    case text::DateKind::Time: return "time";
    case text::DateKind::YearRange: return "year-range";
  }
  return "?";
}

std::string span_text(const std::string& text, std::size_t begin, std::size_t end) {
  return json_quote(std::string_view(text).substr(begin, end - begin));
}

int op_dates(Args& args, const CommandContext& context) {
  text::DateContext date_context;
  Result<std::optional<std::string>> year = args.option("--year");
  if (!year.is_ok()) return fail(context, year.status());
  if (*year) {
    try {
      date_context.year = std::stoi(**year);
    } catch (const std::exception&) {
      return fail(context, Status::invalid_argument("--year needs a number, got '" + **year + "'"));
    }
  }
  Result<TextInput> input = read_text_input(args, context);
  if (!input.is_ok()) return fail(context, input.status());
  const std::string& body = input->decoded.text;
  for (const text::DateMention& m : text::find_dates(body, date_context)) {
    context.out << "{\"kind\":\"" << date_kind_name(m.kind) << "\",\"text\":" << span_text(body, m.begin, m.end);
    if (m.kind == text::DateKind::Time) {
      char time[8];
      std::snprintf(time, sizeof time, "%02d:%02d", m.hour, m.minute);
      context.out << ",\"time\":\"" << time << '"';
    } else {
      context.out << ",\"date\":" << json_quote(text::to_iso(m.date));
    }
    if (m.kind == text::DateKind::YearRange) context.out << ",\"end\":" << json_quote(text::to_iso(m.end_date));
    if (m.kind == text::DateKind::Quarter) context.out << ",\"quarter\":" << m.quarter;
    if (m.inferred_year) context.out << ",\"inferred_year\":true";
    context.out << ",\"begin\":" << m.begin << ",\"end_offset\":" << m.end << "}\n";
  }
  return kExitOk;
}

std::string doc_number_json(const text::DocNumber& n) {
  std::string issuers = "[";
  for (const std::string& issuer : n.issuers) issuers += (issuers.size() > 1 ? "," : "") + json_quote(issuer);
  issuers += "]";
  return "{\"text\":" + json_quote(n.text) + ",\"number\":" + json_quote(n.number) +
         ",\"year\":" + (n.year ? std::to_string(*n.year) : "null") + ",\"symbol\":" + json_quote(n.symbol) +
         ",\"type_code\":" + (n.type_code.empty() ? "null" : json_quote(n.type_code)) +
         ",\"type\":" + (n.type_name.empty() ? "null" : json_quote(n.type_name)) + ",\"issuers\":" + issuers +
         ",\"normative\":" + (n.normative ? "true" : "false") + ",\"party\":" + (n.party ? "true" : "false") + "}";
}

int op_numbers(Args& args, const CommandContext& context) {
  Result<TextInput> input = read_text_input(args, context);
  if (!input.is_ok()) return fail(context, input.status());
  for (const text::DocNumber& number : text::find_doc_numbers(input->decoded.text)) {
    context.out << doc_number_json(number) << '\n';
  }
  return kExitOk;
}

std::string optional_json(const std::string& value) { return value.empty() ? "null" : json_quote(value); }

int op_refs(Args& args, const CommandContext& context) {
  Result<TextInput> input = read_text_input(args, context);
  if (!input.is_ok()) return fail(context, input.status());
  const std::string& body = input->decoded.text;
  for (const text::Reference& r : text::find_references(body)) {
    context.out << "{\"text\":" << span_text(body, r.begin, r.end) << ",\"point\":" << optional_json(r.point)
                << ",\"clause\":" << optional_json(r.clause) << ",\"article\":" << optional_json(r.article)
                << ",\"section\":" << optional_json(r.section) << ",\"chapter\":" << optional_json(r.chapter)
                << ",\"part\":" << optional_json(r.part) << ",\"annex\":" << optional_json(r.annex)
                << ",\"this_article\":" << (r.this_article ? "true" : "false")
                << ",\"self\":" << (r.self ? "true" : "false") << ",\"document\":";
    if (r.document) {
      const text::DocumentCitation& d = *r.document;
      context.out << "{\"type\":" << optional_json(d.type)
                  << ",\"number\":" << (d.number ? doc_number_json(*d.number) : "null")
                  << ",\"name\":" << optional_json(d.name)
                  << ",\"date\":" << (d.date ? json_quote(text::to_iso(*d.date)) : "null")
                  << ",\"issuer\":" << optional_json(d.issuer) << ",\"subject\":" << optional_json(d.subject) << "}";
    } else {
      context.out << "null";
    }
    context.out << "}\n";
  }
  return kExitOk;
}

int op_abbr(Args& args, const CommandContext& context) {
  Result<std::vector<std::string>> words = args.positionals();
  if (!words.is_ok()) return fail(context, words.status());
  if (words->empty()) return fail(context, Status::invalid_argument("abbr needs at least one WORD"));
  int unknown = 0;
  for (const std::string& word : *words) {
    const std::vector<const text::Abbreviation*> rows = text::find_abbreviations(word);
    if (rows.empty()) {
      context.err << "vanthu text abbr: " << word << ": not a known abbreviation\n";
      ++unknown;
    }
    for (const text::Abbreviation* row : rows) {
      context.out << word << '\t' << row->abbr << '\t' << row->expansion << (row->ambiguous ? "\tambiguous" : "")
                  << '\n';
    }
  }
  return unknown == 0 ? kExitOk : kExitSomeFailed;
}

constexpr std::array<Op, 9> kOps = {{
    {"decode", "decode [--from ENC|auto] [--font NAME] [-o OUT] [FILE|-]   legacy bytes to NFC Unicode", op_decode},
    {"detect", "detect [--font NAME] [--json] FILE...                      the encoding of each file", op_detect},
    {"encode", "encode --to ENC [-o OUT] [FILE|-]                          Unicode to a legacy encoding", op_encode},
    {"keys", "keys WORD...                                              exact and folded search keys", op_keys},
    {"tokens", "tokens [FILE|-]                                           tokens with positions and offsets",
     op_tokens},
    {"dates", "dates [--year YYYY] [FILE|-]                              dates, times and year ranges", op_dates},
    {"numbers", "numbers [FILE|-]                                          document numbers and symbols",
     op_numbers},
    {"refs", "refs [FILE|-]                                             references to provisions and documents",
     op_refs},
    {"abbr", "abbr WORD...                                              what an abbreviation stands for", op_abbr},
}};

void print_text_usage(std::ostream& out) {
  out << "usage: vanthu text OP [ARGS...]\n\n";
  for (const Op& op : kOps) out << "  vanthu text " << op.usage << '\n';
  out << "\nEncodings: utf-8, utf-8-double, tcvn3, vni, viscii, vps, cp1258, viqr, cp1252. Input in any of them is "
         "detected and decoded first.\n";
}

}  // namespace

int run_text(const CommandContext& context) {
  if (context.args.empty() || context.args[0] == "--help" || context.args[0] == "-h") {
    print_text_usage(context.args.empty() ? context.err : context.out);
    return context.args.empty() ? kExitUsage : kExitOk;
  }
  for (const Op& op : kOps) {
    if (op.name != context.args[0]) continue;
    Args args(context.args.subspan(1));
    return op.run(args, context);
  }
  context.err << "vanthu text: unknown operation '" << context.args[0] << "'\n";
  print_text_usage(context.err);
  return kExitUsage;
}

}  // namespace vanthu::cli
