// SPDX-License-Identifier: Apache-2.0
//
// Private to engine/index: the one table of everything the index stores — term prefixes, value slots, weights.
#pragma once

#include <cstddef>
#include <string_view>

#include <xapian.h>

namespace vanthu::index {

// Term prefixes (Xapian convention: capital letters).
inline constexpr std::string_view kExact = "E";        // exact syllable keys of the body (positional)
inline constexpr std::string_view kFolded = "";        // folded syllable keys of the body (positional, unprefixed)
inline constexpr std::string_view kBigram = "B";       // folded bigrams "B<a>_<b>" of body and title
inline constexpr std::string_view kExactBigram = "BE"; // exact bigrams "BE<a>_<b>" of a whole document's stored
                                                       // text, weightless: which documents write which spelling
                                                       // of a pair, for "did you mean"
inline constexpr std::string_view kTitleExact = "SE";  // exact keys of the title (the law's name for articles)
inline constexpr std::string_view kTitle = "S";        // folded keys of the title
inline constexpr std::string_view kType = "XT";        // type slug: XTnghi-dinh
inline constexpr std::string_view kIssuer = "XI";      // folded issuer words: XIbo, XItai, XIchinh
inline constexpr std::string_view kYear = "XY";        // XY2020
inline constexpr std::string_view kNumber = "XN";      // number slug: XN30-2020-nd-cp (boolean, for number:)
inline constexpr std::string_view kNumberRank = "N";   // the same slug as a weighted term, so a typed number ranks
inline constexpr std::string_view kUnit = "XU";        // XUdoc, XUart
inline constexpr std::string_view kId = "Q";           // unique id of a unit: Q<uri> or Q<uri>#<eid>
inline constexpr std::string_view kWork = "XW";        // every unit of a document: XW<uri>

// Index metadata: the library change (store::Library::last_change) the index reflects, and the format of what the
// index stores (Index::kFormat; absent in the first format).
inline constexpr std::string_view kSyncedChangeKey = "vanthu.library_change";
inline constexpr std::string_view kFormatKey = "vanthu.index_format";

// Value slots.
inline constexpr Xapian::valueno kSlotDate = 0;    // "2020-03-05" (sortable)
inline constexpr Xapian::valueno kSlotType = 1;    // "Nghị định" (facet)
inline constexpr Xapian::valueno kSlotIssuer = 2;  // issuer as written (facet)
inline constexpr Xapian::valueno kSlotYear = 3;    // "2020" (facet)
inline constexpr Xapian::valueno kSlotPassages = 4;  // the stored text and its map, for snippets (units.h)

// Weights: within-document frequency added per occurrence.
inline constexpr Xapian::termcount kBodyWeight = 1;
inline constexpr Xapian::termcount kTitleWeight = 1;
inline constexpr Xapian::termcount kBigramWeight = 1;
inline constexpr Xapian::termcount kNumberWeight = 10;  // boolean terms weigh nothing in BM25; this one must

// BM25: term-frequency saturation and length normalisation. Tuned on the ALQAC dev sets (MRR@10, 2023–2025):
// k1 1.2 → 0.6 and b 0.75 → 0.9 took 0.874 to 0.887; repeated words in a long article say little more.
inline constexpr double kBm25K1 = 0.6;
inline constexpr double kBm25B = 0.9;

// Query weights (scale factors on sub-queries).
inline constexpr double kExactBoost = 1.5;   // an exact-diacritic match over a folded one
inline constexpr double kBigramBoost = 3.0;  // word pairs (ALQAC dev: 1.0 → 3.0 gave +0.006 MRR@10)
inline constexpr double kTitleBoost = 1.2;   // the document's (law's) name
inline constexpr double kNumberBoost = 20.0; // a document number typed any way finds that document first

// A query word found in more than this share of the units is left out of the ranking (a pair, above the lower share
// below): on the ALQAC dev sets 0.2 lifted MRR@10 a little (statements 0.872 → 0.884) and cut article-level query
// time about fourfold.
inline constexpr double kFrequentShare = 0.2;
inline constexpr double kFrequentMinUnits = 1000;
// Pairs are left out above a lower share: those found in 10-20% of the units ("người lao", "lao động" in a labour
// library) were the longest lists an article-level question merged. On the bench library that took article-level
// p50 from 3.9 to 3.4 ms; ALQAC MRR@10 2023-2025 went 0.906 → 0.904 (0.05 cost 0.012, so not lower).
inline constexpr double kFrequentPairShare = 0.1;

// In a query of kLongQueryWords words or more, an exact spelling found in at least kDominantSpelling of the units
// that have its folded key ranks as the folded key scaled by kExactBoost (query.cpp): the two lists would be nearly
// the same. Article-level p50 3.9 → 3.4 ms on its own; ALQAC MRR@10 the same to three decimals at 0.9, 0.8 and even
// 0 (its questions are written with marks, and in a long question other words decide).
inline constexpr double kDominantSpelling = 0.8;
inline constexpr std::size_t kLongQueryWords = 6;

// Re-ranking article hits by their headings (rerank.cpp): among the best kRerankDepth, an article whose heading the
// question covers gains kHeadingBoost × the best score × coverage^kHeadingPower. On the ALQAC dev sets (MRR@10,
// with diacritics) it took 2023–2025 0.888 → 0.906, 2022 0.935 → 0.943, statements 0.884 → 0.898; a boost of 0.4
// or a power of 1 was worse than none on some set, and a depth of 15 or 30 the same as 20.
inline constexpr std::size_t kRerankDepth = 20;
inline constexpr double kHeadingBoost = 0.3;
inline constexpr double kHeadingPower = 3.0;

}  // namespace vanthu::index
