// SPDX-License-Identifier: Apache-2.0
//
// Encoding detection (§2.9): decode every plausible way, keep the reading with the most valid Vietnamese
// syllables. Valid syllables are a sharp test: on real sentences the right decoder scores ~1.0 and the best wrong
// one stays below ~0.6.
#include <algorithm>
#include <array>

#include "text/mojibake.h"
#include "text/syllable_count.h"
#include "text/text.h"
#include "text/viqr.h"

namespace vanthu::text {
namespace {

// Longest stretch detection reads before deciding; the rest of a long document follows the sample.
constexpr std::size_t kSampleBytes = 64 * 1024;
// A font name is a hint, not proof (many .VnTime documents hold Unicode), so it only breaks near-ties; so does the
// encoding of the rest of the document when a single line is decided.
constexpr double kFontBonus = 0.05;
constexpr double kDocumentBonus = 0.05;
// Below this a line does not trust its own detection and takes the document's encoding.
constexpr double kLineConfidence = 0.5;

// When two readings score the same, the earlier one here wins: no conversion beats a conversion.
constexpr std::array<Encoding, 9> kPriority = {Encoding::Utf8,   Encoding::Cp1252, Encoding::Tcvn3,
                                               Encoding::Vni,    Encoding::Cp1258, Encoding::Viscii,
                                               Encoding::Vps,    Encoding::Viqr,   Encoding::DoubleUtf8};

int priority(Encoding encoding) {
  return static_cast<int>(std::find(kPriority.begin(), kPriority.end(), encoding) - kPriority.begin());
}

bool is_ascii(std::string_view bytes) {
  return std::all_of(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

std::string_view sample_of(std::string_view bytes) {
  if (bytes.size() <= kSampleBytes) return bytes;
  const std::size_t cut = bytes.rfind('\n', kSampleBytes);
  return bytes.substr(0, cut == std::string_view::npos || cut == 0 ? kSampleBytes : cut);
}

// The readings worth trying for bytes.
std::vector<Encoding> candidates_for(std::string_view bytes, std::optional<Encoding> font_encoding) {
  if (!is_valid_utf8(bytes)) {
    return {Encoding::Cp1252, Encoding::Tcvn3, Encoding::Vni, Encoding::Cp1258, Encoding::Viscii, Encoding::Vps};
  }
  std::vector<Encoding> list = {Encoding::Utf8};
  if (is_ascii(bytes)) {
    if (detail::count_viqr_marks(bytes) > 0) list.push_back(Encoding::Viqr);
    return list;
  }
  if (detail::looks_double_encoded(bytes)) list.push_back(Encoding::DoubleUtf8);
  // Legacy bytes that happen to form valid UTF-8 are rare, but a legacy font name makes them worth a look.
  if (font_encoding) list.insert(list.end(), {*font_encoding, Encoding::Cp1252});
  return list;
}

struct Reading {
  Encoding encoding;
  std::string text;
  detail::SyllableCount count;
  double score;
};

bool better(const Reading& a, const Reading& b) {
  if (a.score != b.score) return a.score > b.score;
  if (a.count.vietnamese != b.count.vietnamese) return a.count.vietnamese > b.count.vietnamese;
  return priority(a.encoding) < priority(b.encoding);
}

// The detection for bytes, and the winning reading's text (as decoded, before any upper-casing) so the caller
// need not decode it again.
struct Choice {
  Detection detection;
  std::string text;
};

Choice detect_sample(std::string_view bytes, const DecodeHint& hint, std::optional<Encoding> document = {}) {
  const std::optional<Encoding> font_encoding = encoding_for_font(hint.font_name);
  std::vector<Reading> readings;
  for (Encoding encoding : candidates_for(bytes, font_encoding)) {
    Reading reading{encoding, decode_as(bytes, encoding), {}, 0.0};
    reading.count = detail::count_syllables(reading.text);
    reading.score = reading.count.share() + (font_encoding == encoding ? kFontBonus : 0.0) +
                    (document == encoding ? kDocumentBonus : 0.0);
    readings.push_back(std::move(reading));
  }
  std::sort(readings.begin(), readings.end(), better);
  Reading& best = readings.front();
  Detection detection;
  detection.encoding = best.encoding;
  detection.uppercase = best.encoding == Encoding::Tcvn3 && is_uppercase_font(hint.font_name);

  // Confidence: the best reading's share of valid syllables, halved when a different reading ties with it, and
  // scaled down for texts of one or two words, which prove little.
  const auto runner_up = std::find_if(readings.begin() + 1, readings.end(),
                                      [&](const Reading& r) { return r.text != best.text; });
  if (runner_up == readings.end() || best.count.words == 0) {
    detection.confidence = 1.0;  // every reading gives the same text: nothing can be wrong
  } else {
    const double margin = best.count.share() - runner_up->count.share();
    const double separation = 0.5 + 0.5 * std::clamp(margin / 0.25, 0.0, 1.0);
    const double evidence = std::min(1.0, best.count.words / 3.0);
    detection.confidence = best.count.share() * separation * evidence;
  }
  return {detection, std::move(best.text)};
}

LetterCase letter_case_of(const Detection& detection) {
  return detection.uppercase ? LetterCase::Upper : LetterCase::AsIs;
}

void append_span(Decoded& decoded, std::size_t begin, Encoding encoding, double confidence) {
  const std::size_t end = decoded.text.size();
  if (end == begin) return;
  if (!decoded.spans.empty() && decoded.spans.back().encoding == encoding && decoded.spans.back().end == begin) {
    decoded.spans.back().end = end;
    decoded.spans.back().confidence = std::min(decoded.spans.back().confidence, confidence);
    return;
  }
  decoded.spans.push_back({begin, end, encoding, confidence});
}

Decoded decode_whole(std::string_view bytes, Encoding encoding, LetterCase letter_case, double confidence) {
  Decoded decoded;
  decoded.text = normalize(decode_as(bytes, encoding, letter_case));
  decoded.encoding = encoding;
  decoded.confidence = confidence;
  append_span(decoded, 0, encoding, confidence);
  return decoded;
}

}  // namespace

Detection detect_encoding(std::string_view bytes, const DecodeHint& hint) {
  if (hint.encoding) {
    return {*hint.encoding, 1.0, *hint.encoding == Encoding::Tcvn3 && is_uppercase_font(hint.font_name)};
  }
  return detect_sample(sample_of(bytes), hint).detection;
}

Decoded decode_text(std::string_view bytes, const DecodeHint& hint) {
  if (hint.encoding) {
    const Detection known = detect_encoding(bytes, hint);
    return decode_whole(bytes, known.encoding, letter_case_of(known), 1.0);
  }
  // The common case, a UTF-8 file, skips detection: nothing else yields valid UTF-8 with these properties.
  const bool legacy_font = encoding_for_font(hint.font_name).has_value();
  if (!legacy_font && is_valid_utf8(bytes) && !detail::looks_double_encoded(bytes) &&
      (!is_ascii(bytes) || detail::count_viqr_marks(bytes) == 0)) {
    return decode_whole(bytes, Encoding::Utf8, LetterCase::AsIs, 1.0);
  }

  const Detection document = detect_encoding(bytes, hint);
  Decoded decoded;
  decoded.encoding = document.encoding;
  decoded.confidence = document.confidence;
  decoded.text.reserve(bytes.size() + bytes.size() / 2);
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    std::size_t end = bytes.find('\n', pos);
    end = end == std::string_view::npos ? bytes.size() : end + 1;
    const std::string_view line = bytes.substr(pos, end - pos);
    pos = end;

    Detection chosen = document;
    std::string line_text;
    if (!is_ascii(line) || document.encoding == Encoding::Viqr) {
      Choice own = detect_sample(line, hint, document.encoding);
      if (own.detection.confidence >= kLineConfidence) {
        chosen = own.detection;
        line_text = chosen.uppercase ? to_upper(own.text) : std::move(own.text);
      }
    }
    if (line_text.empty()) line_text = decode_as(line, chosen.encoding, letter_case_of(chosen));
    const std::size_t begin = decoded.text.size();
    decoded.text += normalize(line_text);
    append_span(decoded, begin, chosen.encoding, chosen.confidence);
  }
  return decoded;
}

Decoded decode_run(std::string_view text, const DecodeHint& hint) {
  const std::optional<std::string> bytes = to_cp1252_bytes(text);
  if (!bytes) {  // a character CP1252 cannot hold: this run is real Unicode whatever its font says
    return decode_whole(text, Encoding::Utf8, LetterCase::AsIs, 1.0);
  }
  Decoded decoded = decode_text(*bytes, hint);
  // Reading the run's own characters back is what "Unicode" means for a run; report it as such.
  const auto relabel = [](Encoding& encoding) {
    if (encoding == Encoding::Cp1252) encoding = Encoding::Utf8;
  };
  relabel(decoded.encoding);
  for (DecodedSpan& span : decoded.spans) relabel(span.encoding);
  return decoded;
}

}  // namespace vanthu::text
