// SPDX-License-Identifier: Apache-2.0
//
// Private to engine/index: the searchable units of a document (the whole document, and each of its own articles)
// and what a hit carries back.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "index/index.h"
#include "model/model.h"
#include "text/text.h"

namespace vanthu::index {

// What snippets need of a unit's stored text, found while the text is indexed: the byte offset of a token about
// every kCheckpointStride term positions, and for each stretch between checkpoints a small hash set (a 256-bit
// mask) of its tokens' folded keys. A snippet scores the stretches on the masks, tokenizes only the few best, and
// never reads the rest of the text or the index's position lists.
struct Checkpoint {
  std::uint32_t position = 0;  // term position of the token (0-based, as text::Token counts)
  std::uint32_t offset = 0;    // byte offset of its first byte in the stored text
};
using WordMask = std::array<std::uint64_t, 4>;
// The bit of a folded key in a WordMask (FNV-1a: stable across builds, as the stored masks must be).
std::uint32_t mask_bit(std::string_view folded);
inline bool has_bit(const WordMask& mask, std::uint32_t bit) { return (mask[bit / 64] >> (bit % 64)) & 1U; }

struct TextMap {
  std::vector<Checkpoint> checkpoints;  // ascending; each at a token that does not continue a compound
  std::vector<WordMask> masks;          // masks[i]: the folded keys from checkpoints[i] up to checkpoints[i + 1]
  // Called with every token of the text in order (with its keys); stored_size is stored_text(text).size().
  void note(const text::Token& token, std::size_t stored_size);
};
inline constexpr std::uint32_t kCheckpointStride = 32;

struct SearchUnit {
  Hit hit;           // uri, eid, source, type, number, title, date (score and snippet empty)
  std::string text;  // the accented text searched and shown in snippets (stored_text of it when decoded)
  std::string issuer;
  std::string name;  // the document's name as searched with every unit: type + title ("Luật Đất đai")
  std::string heading;  // an article's own title ("Quyền của bên cầm cố"); "" for a document
  TextMap map;       // of the stored text; filled by the writer as it indexes text
};

// The part of a unit's text kept with it in the index for snippets: its first 16 KB (all of nearly every article).
std::string_view stored_text(std::string_view text);

std::vector<SearchUnit> units_of(const model::Document& document, const std::string& source);

// The hit's fields in the Xapian document data (small, read for every hit), and back.
std::string encode_unit(const SearchUnit& unit);
SearchUnit decode_unit(const std::string& data);
// The text map and stored text, in a value slot (fields.h: kSlotPassages) rather than the document data: Xapian
// compresses document data with zlib and values not, and inflating 16 KB for each hit cost more than reading it.
std::string encode_passages(const SearchUnit& unit);
// False when the record is cut short or malformed (the unit keeps an empty map and text).
bool decode_passages(std::string_view record, SearchUnit& unit);

}  // namespace vanthu::index
