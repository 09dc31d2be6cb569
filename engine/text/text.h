// SPDX-License-Identifier: Apache-2.0
//
// text: makes Vietnamese text comparable no matter how it arrived. Legacy 8-bit encodings (TCVN3, VNI, VISCII,
// VPS, CP1258, VIQR) and double-encoded UTF-8 become NFC Unicode; tone-mark placement (hòa/hoà) is made canonical
// for comparison; folding gives the diacritic-free key people type; the tokenizer cuts syllables with positions and
// byte offsets; parsers read dates, document numbers and references; the abbreviation table feeds search.
//
// Contracts that hold for every function here:
// - Input and output strings are UTF-8. Invalid input bytes never crash anything; they read as U+FFFD.
// - Display text is never rewritten beyond normalize(): exact_key/fold_key are comparison keys, not display forms.
// - Byte offsets (begin, end) always index the string that was passed in.
// - All functions are thread-safe; there is no shared mutable state.
// See ../shared/docs/vietnamese.md for the facts behind each rule (section numbers are cited as "§").
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/base.h"

namespace vanthu::text {

// =================================================================================================================
// 1. Normalization of Unicode text: what goes into the XML and onto the page (§1.3, §1.7 steps 2–5).

// NFC of text (ICU). Fast when text is already NFC, which real documents almost always are.
std::string nfc(std::string_view text);
bool is_nfc(std::string_view text);

// The display form of text that is already Unicode. In order: double-encoded UTF-8 repaired; format characters
// deleted (soft hyphen U+00AD, U+200B–U+200D, U+2060, BOM) and C0 control characters other than tab, line feed and
// carriage return deleted; NFC; combining marks that belong to no letter deleted, and a tone mark repeated on the
// same letter dropped; the look-alikes Ð ð Ɖ turned into Đ đ inside otherwise Vietnamese words.
// REQUIRES: legacy-encoded text has been decoded first (decode_text, decode_run): TCVN3 stores ư as byte 0xAD, so a
// TCVN3 run in CP1252 view would lose its ư here. Findings worth telling a user go to diagnostics when given.
std::string normalize(std::string_view text, Diagnostics* diagnostics = nullptr);

// Repairs UTF-8 that was decoded as CP1252 and encoded again ("Cá»™ng hÃ²a" → "Cộng hòa"), word by word; a word
// is repaired only when that gives more valid Vietnamese syllables. Text without that damage comes back unchanged.
std::string repair_mojibake(std::string_view text);

// =================================================================================================================
// 2. Keys for comparison and search (§1.5–§1.7).

// Where a syllable written with oa, oe or uy and no final consonant carries its tone: hoà (New, QĐ 1989/QĐ-BGDĐT)
// or hòa (Old, customary in legal texts). All other syllables are written the same in both styles.
enum class ToneStyle { New, Old };

// The exact (E) key of one word: NFC, lower case, the tone mark moved to its canonical (new-style) place.
// "Ủy", "Uỷ" and "UỶ" all give "uỷ"; "hòa" gives "hoà". Words with no tone mark, two or more, or a shape that is not
// a Vietnamese syllable are only lower-cased.
std::string exact_key(std::string_view word);

// The folded (F) key of one word: the exact key without any marks, đ → d, and the i/y spelling variants merged
// (kỹ/kĩ → ki, quí/quý → quy; tay ≠ tai, tuy ≠ tui; the syllable y stays y). Pure ASCII for Vietnamese words.
std::string fold_key(std::string_view word);

// The whole text with every syllable's tone mark placed in style, letter case and everything else kept. For
// converting between conventions on purpose; search uses exact_key instead.
std::string place_tones(std::string_view text, ToneStyle style);

// Full Unicode case mapping (Vietnamese letters on a fast path, everything else through ICU's root locale).
std::string to_lower(std::string_view text);
std::string to_upper(std::string_view text);

// True when text carries any Vietnamese mark or đ, i.e. the user typed diacritics (decides the search layers).
bool has_diacritics(std::string_view text);

// True when word is one well-formed Vietnamese syllable (onset + rime + tone that the rime allows), in any case and
// either tone style. The grammar accepts all 6,605 syllables of Debian's hunspell-vi; "email" and "Céng" fail.
bool is_vietnamese_syllable(std::string_view word);

// A byte string whose memcmp order is Vietnamese dictionary order (ICU "vi" collation, §8): a < ă < â, d < đ as
// letters; tones after letters, unmarked < huyền < hỏi < ngã < sắc < nặng; case last. For Xapian value slots that
// sort titles. Root collation (and byte order) gets Vietnamese wrong: "anh" after "ăng", Đ among the D words.
std::string sort_key(std::string_view text);

// A URL slug: folded, ASCII letters and digits, runs of anything else as one '-'. "Nghị định" → "nghi-dinh",
// "158/2025/NĐ-CP" → "158-2025-nd-cp" (the FRBR number slug).
std::string slugify(std::string_view text);

// =================================================================================================================
// 3. Legacy encodings and detection (§2).

enum class Encoding {
  Utf8,        // UTF-8 (also plain ASCII)
  DoubleUtf8,  // UTF-8 decoded as CP1252 and encoded again (mojibake)
  Tcvn3,       // TCVN 5712:1993 VN3, "ABC" (.VnTime fonts); 0x80–0x9F read as CP1252
  Vni,         // VNI-Windows (VNI-Times fonts): base letter + mark byte
  Viscii,      // RFC 1456
  Vps,         // VPS; capitals absent from its table decode as lower case (§2.5)
  Cp1258,      // Windows-1258, precomposed letters + combining tone bytes
  Viqr,        // RFC 1456 ASCII mnemonics: Vie^.t Nam
  Cp1252,      // Western European: what the bytes are when they are not Vietnamese at all
};

// "utf-8", "utf-8-double", "tcvn3", "vni", "viscii", "vps", "cp1258", "viqr", "cp1252" (the inspect --json names).
std::string_view encoding_name(Encoding encoding);
// The encoding for a name above, case-insensitive; also accepts "abc", "vn3", "windows-1258", "windows-1252".
std::optional<Encoding> encoding_from_name(std::string_view name);

// The legacy encoding a font name stands for (§2.9): ".VnTime" → Tcvn3, "VNI-Times" → Vni, "VPS Times" → Vps;
// nullopt for Unicode fonts. A font name is a hint, not proof: many files name .VnTime but hold Unicode.
std::optional<Encoding> encoding_for_font(std::string_view font_name);
// True for the capitals-only TCVN3 fonts (".VnTimeH", ".VnArialH"): their runs are stored in lower-case codes.
bool is_uppercase_font(std::string_view font_name);

enum class LetterCase { AsIs, Upper };

// bytes decoded with one known encoding, nothing else done (no cleanup; NFC only for CP1258, whose combining tone
// bytes belong to its letters). Letter case Upper applies the capitals-only font convention. Utf8 replaces invalid
// bytes with U+FFFD; DoubleUtf8 decodes then repairs.
std::string decode_as(std::string_view bytes, Encoding encoding, LetterCase letter_case = LetterCase::AsIs);

// text (UTF-8) in the byte form of encoding. InvalidArgument names the first character the encoding cannot hold
// (TCVN3 has no capital toned vowels). For tests, fixtures and export to old systems.
Result<std::string> encode_as(std::string_view text, Encoding encoding);

// A run that a structured reader has already turned into Unicode while it was really legacy bytes shown through
// CP1252 ("Céng hoµ"): the bytes back, one per character. nullopt when a character has no CP1252 byte, which
// proves the run is real Unicode.
std::optional<std::string> to_cp1252_bytes(std::string_view text);

struct DecodeHint {
  std::string_view font_name;         // font of the run or document, if the container names one
  std::optional<Encoding> encoding;   // known for certain (a user flag, RTF \fcharset163): skips detection
};

struct Detection {
  Encoding encoding = Encoding::Utf8;
  double confidence = 0.0;  // 0..1: share of valid syllables, scaled down when the runner-up is close
  bool uppercase = false;   // decode with LetterCase::Upper (capitals-only font)
};

// Decides the encoding of bytes by decoding them every plausible way and scoring the share of valid Vietnamese
// syllables (§2.9), with the font name as a prior. Pure ASCII without VIQR marks is Utf8 with confidence 1.
Detection detect_encoding(std::string_view bytes, const DecodeHint& hint = {});

// One stretch of the output that was decoded one way.
struct DecodedSpan {
  std::size_t begin = 0, end = 0;  // byte offsets into Decoded::text
  Encoding encoding = Encoding::Utf8;
  double confidence = 0.0;
};

struct Decoded {
  std::string text;                  // normalized NFC Unicode (normalize() applied)
  Encoding encoding = Encoding::Utf8;  // the encoding of most of the text
  double confidence = 0.0;
  std::vector<DecodedSpan> spans;    // per line, neighbouring lines with the same encoding merged
};

// Bytes of unknown encoding (a .txt file, the bytes of an RTF run) → normalized Unicode. Detection runs per line
// so a TCVN3 header above a VNI body works; lines too short to decide take the document's encoding.
Decoded decode_text(std::string_view bytes, const DecodeHint& hint = {});

// A run that a reader already holds as Unicode (docx w:t, .doc piece text) with its font name: legacy runs in
// CP1252 view are turned back into bytes and decoded; real Unicode is only normalized.
Decoded decode_run(std::string_view text, const DecodeHint& hint = {});

// =================================================================================================================
// 4. Tokenizer (§3): syllables with positions and byte offsets for highlighting.

enum class TokenKind : std::uint8_t {
  Word,      // letters, possibly with digits or an inner apostrophe: "Điều", "QH15", "10a", "H'Mông"
  Number,    // digits with inner '.' or ',' kept whole: "1.250", "98,5"
  Compound,  // a number or document symbol joined by '/' or '-': "158/2025/NĐ-CP", "26/5/2022"; its parts follow it
};

struct Token {
  TokenKind kind = TokenKind::Word;
  bool part = false;            // one piece of the Compound token emitted just before it
  std::uint32_t position = 0;   // term position: words, numbers and parts count up by one; a Compound shares the
                                // position of its first part, so phrase queries see the parts
  std::size_t begin = 0;        // byte offsets of the token in the tokenized text
  std::size_t end = 0;
  std::string exact;            // E key (exact_key of the token)
  std::string folded;           // F key (fold_key of the token)
};

// What tokenize computes for each token: both keys, or none (exact and folded left empty) for callers that need
// only the spans and key the few tokens they care about themselves, such as snippets over a long text.
enum class TokenKeys : std::uint8_t { Both, None };

// Calls sink for each token in text order. Text may be in any normalization form; keys are computed on NFC.
// Spaces of every kind, punctuation and symbols separate tokens.
void tokenize(std::string_view text, const std::function<void(const Token&)>& sink,
              TokenKeys keys = TokenKeys::Both);
std::vector<Token> tokenize(std::string_view text);

// =================================================================================================================
// 5. Dates (§7): "ngày 05 tháng 3 năm 2020", "26/5/2022", "Ngày 26/5" with the year from context.

struct Date {
  int year = 0;
  int month = 0;  // 0 when only the year is known
  int day = 0;    // 0 when only the month is known
  friend bool operator==(const Date&, const Date&) = default;
};

// "2020-03-05", "2020-03", "2020"; "" for a default Date.
std::string to_iso(const Date& date);
// True when year/month/day form a real calendar date (month and day may be 0 for coarser dates).
bool is_valid_date(const Date& date);

enum class DateKind : std::uint8_t {
  Full,       // ngày 05 tháng 3 năm 2020
  Numeric,    // 05/3/2020, 26-5-2022, 19.08.1999
  DayMonth,   // Ngày 26/5: year from DateContext (inferred_year) or unknown (year 0)
  MonthYear,  // tháng 3 năm 2020, tháng 3/2020
  Quarter,    // quý I năm 2020, quý 2/2021
  Year,       // năm 2020
  Time,       // 14 giờ 00 phút, 8h30: hour and minute, no date
  YearRange,  // giai đoạn 2021-2025, nhiệm kỳ 2021 – 2026
};

struct DateMention {
  DateKind kind = DateKind::Full;
  std::size_t begin = 0, end = 0;  // byte offsets of the whole expression
  Date date;                       // Time: unset; YearRange: the first year
  Date end_date;                   // YearRange: the last year
  int quarter = 0;                 // Quarter: 1..4
  int hour = -1, minute = -1;      // Time
  bool inferred_year = false;      // DayMonth whose year came from the context
};

struct DateContext {
  std::optional<int> year;  // the year of the document (from its date line), for dates written without one
};

// Every date, time and year range in text, in text order, each span read once: document numbers are masked first
// so "12/2022" in "12/2022/NQ-HĐND" is not a date, and "năm 2020" inside a full date is not read again.
// Matching ignores case and diacritics ("NGAY 05 THANG 3 NAM 2020" works). Invalid dates (31/2/2020) are skipped.
std::vector<DateMention> find_dates(std::string_view text, const DateContext& context = {});

// The first calendar date (Full, Numeric or DayMonth) in text.
std::optional<Date> parse_date(std::string_view text, const DateContext& context = {});

// =================================================================================================================
// 6. Document numbers and symbols (§6.1): "Số: 12/2022/NQ-HĐND", "123/QĐ-UBND", "18-NQ/TW".

struct DocNumber {
  std::string text;                  // as written, without "Số:": "12/2022/NQ-HĐND"
  std::string number;                // "12" (inserted numbers keep their letter: "10a")
  std::optional<int> year;           // 2022; none for administrative and Party documents
  std::string symbol;                // everything after the number and year: "NQ-HĐND"
  std::string type_code;             // "NQ" when the symbol starts with a document-type code; "" otherwise
  std::string type_name;             // "Nghị quyết" for type_code; ""
  std::vector<std::string> issuers;  // the symbol groups after the type: {"HĐND"}; {"BNV", "VPCP"}; {"QH13"}
  bool normative = false;            // a state number with a year: a legal normative document (VBQPPL)
  bool party = false;                // Party numbering "18-NQ/TW"
  std::size_t begin = 0, end = 0;    // byte offsets of text in the searched string
};

// The document number that text is, or starts with (after an optional "Số:", "Số", "Luật số:").
std::optional<DocNumber> parse_doc_number(std::string_view text);
// Every document number in text, in order.
std::vector<DocNumber> find_doc_numbers(std::string_view text);

// A document type of Decree 30/2020 Annex III or of the law on legal normative documents.
struct DocumentType {
  std::string_view code;  // "NQ", "QĐ", "NĐ"; "" for types without a code (Luật, Công văn)
  std::string_view name;  // "Nghị quyết"
  bool normative;         // can be a legal normative document (act) rather than an individual one
};
std::span<const DocumentType> document_types();
// The type for a code ("nđ", "QĐ") or a name ("nghị định", "NGHỊ ĐỊNH", "nghi dinh"); case and diacritics ignored.
const DocumentType* find_document_type(std::string_view code_or_name);

// =================================================================================================================
// 7. References to provisions and documents (§7): "điểm a khoản 2 Điều 5 của Nghị định số 30/2020/NĐ-CP".

struct DocumentCitation {
  std::string type;                 // "Nghị định", "Luật"
  std::optional<DocNumber> number;  // "30/2020/NĐ-CP"
  std::string name;                 // a law cited by name: "Tổ chức chính quyền địa phương"
  std::optional<Date> date;
  std::string issuer;               // "Chính phủ"
  std::string subject;              // "công tác văn thư"
};

struct Reference {
  std::size_t begin = 0, end = 0;
  // The provision, each level as written ("a", "2", "5", "II"); empty when not given.
  std::string point, clause, article, section, chapter, part, annex;
  bool this_article = false;               // "khoản 1 Điều này": the article that contains the reference
  bool self = false;                       // "… của Luật này": the document that contains the reference
  std::optional<DocumentCitation> document;  // the other document it points into, when named
};

// Provision references and document citations in text, in order. A citation that follows a provision
// ("khoản 2 Điều 5 của Nghị định số 30/2020/NĐ-CP") is attached to it; a citation on its own is a Reference with
// only document set.
std::vector<Reference> find_references(std::string_view text);

// =================================================================================================================
// 8. Abbreviations (§5), for search to expand into phrases in both layers.

enum class AbbreviationKind : std::uint8_t { DocumentType, Body, SigningMark, General };

struct Abbreviation {
  std::string_view abbr;       // as written in documents: "HĐND", "TTg", "V/v"
  std::string_view expansion;  // "Hội đồng nhân dân"
  AbbreviationKind kind;
  bool ambiguous;              // another row has the same abbreviation (BCT, QĐ, TT…): boost, do not replace
};

std::span<const Abbreviation> abbreviations();
// Rows whose abbreviation folds to the same key as word ("ubnd", "UBND", "Ubnd" all find Ủy ban nhân dân).
std::vector<const Abbreviation*> find_abbreviations(std::string_view word);

}  // namespace vanthu::text
