// SPDX-License-Identifier: Apache-2.0
//
// From what a person types to a Xapian query. The free text is ranked (BM25) over both layers, the title, word
// pairs, abbreviations spelled out and document numbers; field filters, "phrases", -exclusions and AND/OR/NOT
// narrow it. Everything malformed gets a message, never an exception.
#include <algorithm>
#include <string>
#include <vector>

#include "index/fields.h"
#include "index/index_impl.h"
#include "text/text.h"

namespace vanthu::index {
namespace {

constexpr std::size_t kMaxQueryTokens = 256;

std::string term(std::string_view prefix, std::string_view key) {
  std::string out(prefix);
  out += key;
  if (out.size() > 240) out.resize(240);
  return out;
}

struct Parsed {
  std::string free_text;                     // words ranked together
  std::vector<std::string> phrases;          // "…" (required, in order)
  std::vector<std::string> required;         // AND-ed words
  std::vector<std::string> excluded;         // -word, NOT word
  std::vector<std::pair<std::string, std::string>> fields;
};

Status parse(const std::string& query, Parsed& out) {
  std::size_t pos = 0;
  bool next_required = false, next_excluded = false, previous_was_word = false;
  std::string last_word;
  while (pos < query.size()) {
    while (pos < query.size() && std::isspace(static_cast<unsigned char>(query[pos]))) ++pos;
    if (pos >= query.size()) break;
    if (query[pos] == '"') {
      const auto close = query.find('"', pos + 1);
      if (close == std::string::npos) return Status::invalid_argument("the query has an opening \" without its closing \"");
      out.phrases.push_back(query.substr(pos + 1, close - pos - 1));
      pos = close + 1;
      previous_was_word = false;
      continue;
    }
    std::size_t end = pos;
    while (end < query.size() && !std::isspace(static_cast<unsigned char>(query[end])) && query[end] != '"') ++end;
    std::string word = query.substr(pos, end - pos);
    pos = end;
    // field:"a quoted value"
    if (word.ends_with(":") && pos < query.size() && query[pos] == '"') {
      const auto close = query.find('"', pos + 1);
      if (close == std::string::npos) return Status::invalid_argument("the query has an opening \" without its closing \"");
      word += query.substr(pos + 1, close - pos - 1);
      pos = close + 1;
    }
    if (word == "AND") {
      if (previous_was_word && !last_word.empty()) out.required.push_back(last_word);
      next_required = true;
      continue;
    }
    if (word == "OR") continue;  // the default
    if (word == "NOT") {
      next_excluded = true;
      continue;
    }
    if (const auto colon = word.find(':'); colon != std::string::npos && colon > 0) {
      const std::string field = text::to_lower(word.substr(0, colon));
      static constexpr std::string_view kFields[] = {"type", "issuer", "year", "number", "date", "unit"};
      if (std::find(std::begin(kFields), std::end(kFields), field) != std::end(kFields)) {
        const std::string value = word.substr(colon + 1);
        if (value.empty()) {
          static constexpr std::pair<std::string_view, std::string_view> kExamples[] = {
              {"type", "type:nghi-dinh"}, {"issuer", "issuer:\"Bộ Tài chính\""}, {"year", "year:2020"},
              {"number", "number:30/2020/NĐ-CP"}, {"date", "date:2020-01-01..2020-12-31"}, {"unit", "unit:article"}};
          std::string example;
          for (const auto& [name, text] : kExamples) {
            if (name == field) example = std::string(text);
          }
          return Status::invalid_argument("\"" + field + ":\" needs a value, e.g. " + example);
        }
        out.fields.emplace_back(field, value);
        continue;
      }
    }
    if (word.size() > 1 && word[0] == '-') {
      out.excluded.push_back(word.substr(1));
      continue;
    }
    if (next_excluded) {
      out.excluded.push_back(word);
      next_excluded = false;
      continue;
    }
    if (next_required) {
      out.required.push_back(word);
      next_required = false;
    }
    if (!out.free_text.empty()) out.free_text += ' ';
    out.free_text += word;
    last_word = word;
    previous_was_word = true;
  }
  return Status::ok();
}

std::vector<text::Token> words_of(const std::string& text) {
  std::vector<text::Token> tokens;
  text::tokenize(text, [&](const text::Token& token) {
    if (!token.folded.empty() && tokens.size() < kMaxQueryTokens) tokens.push_back(token);
  });
  return tokens;
}

// A phrase of folded keys (used for "phrases" and spelled-out abbreviations).
Xapian::Query phrase_of(const std::vector<text::Token>& tokens) {
  std::vector<Xapian::Query> parts;
  for (const text::Token& token : tokens) {
    if (token.kind == text::TokenKind::Compound) continue;
    parts.emplace_back(term(kFolded, token.folded));
  }
  if (parts.size() == 1) return parts.front();
  return Xapian::Query(Xapian::Query::OP_PHRASE, parts.begin(), parts.end(), static_cast<Xapian::termcount>(parts.size()));
}

void highlight_word(const text::Token& token, bool accented, std::vector<QueryWord>& highlight) {
  highlight.push_back(QueryWord{accented && token.exact != token.folded ? token.exact : std::string(), token.folded});
}

// A word or pair found in more than share of a big library's units ranks almost nothing and costs the most to merge
// (fields.h). A small library keeps them: there every word is "frequent".
bool frequent(const TermCounts& counts, const std::string& key, double share) {
  return counts.units >= kFrequentMinUnits && counts.units_with(key) > share * counts.units;
}

// A body word: its folded key, and when it was typed with marks, its exact spelling boosted. In a long query, unless
// that spelling is found in nearly every unit that has the folded key ("người" for "nguoi"): then the exact posting
// list would repeat the folded one, and the folded key scaled by the boost stands for both, one list to merge instead
// of two. A short query keeps both: there each word decides the order ("hạ" must not rank with "hà"), and it is cheap.
Xapian::Query body_word(const text::Token& token, bool accented, bool long_query, const TermCounts& counts) {
  const std::string folded = term(kFolded, token.folded);
  if (!accented || token.exact == token.folded) return Xapian::Query(folded);
  const std::string exact = term(kExact, token.exact);
  const double with_folded = counts.units_with(folded);
  if (long_query && with_folded > 0 && counts.units_with(exact) >= kDominantSpelling * with_folded)
    return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(folded), kExactBoost);
  return Xapian::Query(Xapian::Query::OP_OR, Xapian::Query(folded),
                       Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(exact), kExactBoost - 1.0));
}

Xapian::Query ranked(const std::string& free_text, std::vector<QueryWord>& highlight, const TermCounts& counts) {
  const std::vector<text::Token> tokens = words_of(free_text);
  const bool accented = text::has_diacritics(free_text);
  const bool long_query = tokens.size() >= kLongQueryWords;
  std::vector<Xapian::Query> parts;
  std::string previous;
  for (const text::Token& token : tokens) {
    highlight_word(token, accented, highlight);
    if (!frequent(counts, term(kFolded, token.folded), kFrequentShare)) {
      parts.push_back(body_word(token, accented, long_query, counts));
      parts.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(term(kTitle, token.folded)), kTitleBoost);
    }
    if (token.kind != text::TokenKind::Compound) {
      const std::string pair = previous + "_" + token.folded;
      if (!previous.empty() && !frequent(counts, term(kBigram, pair), kFrequentPairShare)) {
        parts.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(term(kBigram, pair)), kBigramBoost);
        parts.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(term(kBigram, "S" + pair)), kBigramBoost);
      }
      previous = token.folded;
    }
    // "UBND" also finds "Ủy ban nhân dân". A word that is also a syllable ("tu" for từ, "da" for đã, typed
    // without marks) is an abbreviation only in capitals ("TU", "DA").
    const std::string_view typed = std::string_view(free_text).substr(token.begin, token.end - token.begin);
    if (text::is_vietnamese_syllable(token.exact) && text::to_upper(typed) != typed) continue;
    for (const text::Abbreviation* abbreviation : text::find_abbreviations(token.exact)) {
      if (abbreviation->ambiguous) continue;
      const std::vector<text::Token> expansion = words_of(std::string(abbreviation->expansion));
      if (expansion.size() >= 2) parts.push_back(phrase_of(expansion));
    }
  }
  // A document number typed any way ("30/2020/nđ-cp", "30/2020/ND-CP", "nghị định 30/2020") finds its document.
  std::vector<std::string> numbers;
  for (const text::DocNumber& number : text::find_doc_numbers(free_text)) numbers.push_back(text::slugify(number.text));
  for (const text::Token& token : tokens) {
    // "30/2020", "158/2025/nd-cp": a number and year or a whole symbol typed carelessly.
    if (token.kind == text::TokenKind::Compound && token.folded.find('/') != std::string::npos)
      numbers.push_back(text::slugify(token.folded));
  }
  std::sort(numbers.begin(), numbers.end());
  numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
  for (const std::string& slug : numbers) {
    if (slug.empty()) continue;
    parts.emplace_back(Xapian::Query::OP_SCALE_WEIGHT,
                       Xapian::Query(Xapian::Query::OP_WILDCARD, term(kNumberRank, slug)), kNumberBoost);
    // "quyết định 1373/2022": numbers of decisions and letters carry no year ("1373/QĐ-BKHĐT"); the year typed
    // after the slash is then the year of the document's date.
    const auto dash = slug.find('-');
    const std::string_view year = dash == std::string::npos ? std::string_view() : std::string_view(slug).substr(dash + 1);
    if (year.size() == 4 && std::all_of(year.begin(), year.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      const Xapian::Query number(Xapian::Query::OP_WILDCARD, term(kNumberRank, slug.substr(0, dash + 1)));
      parts.emplace_back(Xapian::Query::OP_SCALE_WEIGHT,
                         Xapian::Query(Xapian::Query::OP_FILTER, number, Xapian::Query(term(kYear, year))),
                         kNumberBoost);
    }
  }
  if (parts.empty()) {
    // Only frequent words ("quy định của"): rank them after all rather than find nothing.
    for (const text::Token& token : tokens) parts.emplace_back(term(kFolded, token.folded));
  }
  if (parts.empty()) return Xapian::Query();
  return Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
}

Result<Xapian::Query> field_filter(const std::string& field, const std::string& value) {
  if (field == "type") return Xapian::Query(term(kType, text::slugify(value)));
  if (field == "year") {
    if (value.size() != 4 || !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return Status::invalid_argument("year:" + value + " is not a year (e.g. year:2020)");
    return Xapian::Query(term(kYear, value));
  }
  if (field == "number") return Xapian::Query(Xapian::Query::OP_WILDCARD, term(kNumber, text::slugify(value)));
  if (field == "unit") {
    if (value != "document" && value != "article") return Status::invalid_argument("unit: is document or article");
    return Xapian::Query(term(kUnit, value == "document" ? "doc" : "art"));
  }
  if (field == "issuer") {
    std::vector<Xapian::Query> words;
    for (const text::Token& token : words_of(value)) words.emplace_back(term(kIssuer, token.folded));
    if (words.empty()) return Status::invalid_argument("issuer:" + value + " names no issuer");
    return Xapian::Query(Xapian::Query::OP_AND, words.begin(), words.end());
  }
  if (field == "date") {
    // date:2020-01-01..2020-12-31, date:2020.., date:..2021-06-30
    const auto dots = value.find("..");
    const std::string from = dots == std::string::npos ? value : value.substr(0, dots);
    const std::string to = dots == std::string::npos ? value : value.substr(dots + 2);
    const auto valid = [](const std::string& d) {
      return d.empty() || ((d.size() == 4 || d.size() == 7 || d.size() == 10) &&
                           std::all_of(d.begin(), d.end(), [](char c) { return (c >= '0' && c <= '9') || c == '-'; }));
    };
    if (!valid(from) || !valid(to) || (from.empty() && to.empty()))
      return Status::invalid_argument("date:" + value + " is not a date range (e.g. date:2020-01-01..2020-12-31)");
    return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, kSlotDate, from.empty() ? std::string("0000") : from,
                         to.empty() ? std::string("9999") : to + "~");
  }
  return Status::invalid_argument("unknown field " + field);
}

}  // namespace

Result<BuiltQuery> build_query(const Request& request, const TermCounts& counts) {
  Parsed parsed;
  if (Status status = parse(request.query, parsed); !status.is_ok()) return status;
  for (const auto& filter : request.filters) parsed.fields.push_back(filter);
  BuiltQuery built;
  Xapian::Query query = ranked(parsed.free_text, built.highlight, counts);
  for (const std::string& phrase : parsed.phrases) {
    const std::vector<text::Token> tokens = words_of(phrase);
    if (tokens.empty()) continue;
    for (const text::Token& token : tokens) highlight_word(token, text::has_diacritics(phrase), built.highlight);
    const Xapian::Query required = phrase_of(tokens);
    query = query.empty() ? required : Xapian::Query(Xapian::Query::OP_AND_MAYBE, required, query);
  }
  for (const std::string& word : parsed.required) {
    const std::vector<text::Token> tokens = words_of(word);
    if (tokens.empty()) continue;
    const Xapian::Query required(term(kFolded, tokens.front().folded));
    query = query.empty() ? required : Xapian::Query(Xapian::Query::OP_AND_MAYBE, required, query);
  }
  const bool has_fields = !parsed.fields.empty();
  if (query.empty() && !has_fields) {
    return Status::invalid_argument("the query has no words to search for");
  }
  if (query.empty()) query = Xapian::Query::MatchAll;
  for (const std::string& word : parsed.excluded) {
    for (const text::Token& token : words_of(word))
      query = Xapian::Query(Xapian::Query::OP_AND_NOT, query, Xapian::Query(term(kFolded, token.folded)));
  }
  // Article units are all but a few of the units: leaving out the document units (a short list) costs less than
  // checking every match against the long list of articles.
  if (request.unit == Unit::Article)
    query = Xapian::Query(Xapian::Query::OP_AND_NOT, query, Xapian::Query(term(kUnit, "doc")));
  std::vector<Xapian::Query> filters;
  if (request.unit == Unit::Document) filters.emplace_back(term(kUnit, "doc"));
  for (const auto& [field, value] : parsed.fields) {
    Result<Xapian::Query> filter = field_filter(text::to_lower(field), value);
    if (!filter.is_ok()) return filter.status();
    filters.push_back(filter.value());
  }
  built.query = filters.empty() ? query
                                : Xapian::Query(Xapian::Query::OP_FILTER, query,
                                                Xapian::Query(Xapian::Query::OP_AND, filters.begin(), filters.end()));
  std::sort(built.highlight.begin(), built.highlight.end());
  built.highlight.erase(std::unique(built.highlight.begin(), built.highlight.end()), built.highlight.end());
  return built;
}

}  // namespace vanthu::index
