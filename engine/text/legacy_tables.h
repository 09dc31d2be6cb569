// SPDX-License-Identifier: Apache-2.0
//
// Private to engine/text: byte → code point tables for the one-byte encodings (§2.2–§2.7, §2.10), and the VNI mark
// bytes. Our own tables: glibc's TCVN5712-1 is VN1 and turns CP1252 quotes into capitals, ICU has none of these.
#pragma once

#include <array>
#include <cstdint>

#include "text/letters.h"

namespace vanthu::text::detail {

using ByteTable = std::array<char32_t, 256>;

// Windows-1252. The five undefined slots (81 8D 8F 90 9D) map to the C1 control of the same value, so any byte
// survives a round trip; that is also how Word shows them in a legacy run.
extern const ByteTable kCp1252;
// TCVN3 / VN3 ("ABC"): ASCII, CP1252 in 0x80–0x9F (a .VnTime document's smart quotes and dashes), VN3 letters in
// 0xA0–0xFF, Latin-1 in the cells VN3 leaves unused.
extern const ByteTable kTcvn3;
// The cells of 0xA0–0xFF that VN3 leaves empty (§2.2): they decode as Latin-1, and nothing encodes to them.
bool is_unused_tcvn3_cell(unsigned char byte);
// VISCII (RFC 1456), as glibc's iconv decodes it, including the six capitals in C0.
extern const ByteTable kViscii;
// VPS from the Unikey table (§2.5). Capitals missing there share the code of their lower-case letter.
extern const ByteTable kVps;
// Windows-1258: the five tone bytes decode to combining marks (NFC composes them).
extern const ByteTable kCp1258;

// VNI-Windows (§2.3). Single-byte letters, and the mark bytes that follow a base letter. Lower-case mark bytes are
// the upper-case ones + 0x20; the base letter, not the mark byte, decides the case of the result.
struct VniMark {
  Vowel from = Vowel::None;  // the toneless vowel the mark applies to; None when the byte is no mark for it
  Vowel to = Vowel::None;    // the vowel once the modifier part of the mark is applied (â for a + 0xE2)
  Tone tone = Tone::None;
  bool valid() const { return from != Vowel::None; }
};
// What byte means right after the toneless vowel base; !valid() when it is not a mark that vowel can take.
VniMark vni_mark(Vowel base, unsigned char byte);
// The letter a single VNI byte stands for (đ, ơ, ư, í ì ỉ ĩ ị, ỵ and capitals), or 0.
char32_t vni_single(unsigned char byte);

}  // namespace vanthu::text::detail
