// SPDX-License-Identifier: Apache-2.0
//
// structure: the Vietnamese anatomy parser. Paragraphs as ingest extracted them → a model::Document: the
// administrative header of Decree 30/2020 (issuing body and parent, Quốc hiệu/Tiêu ngữ, Số/ký hiệu, place and date,
// type and trích yếu), the preamble (Căn cứ …, Theo đề nghị của …), Phần / Chương / Mục / Tiểu mục / Điều /
// Khoản / Điểm / gạch đầu dòng with inserted numbers (Điều 5a) and đ), quoted amending text kept as quoted structure,
// appendices, the signature block and Nơi nhận; for minutes (biên bản) time, place, attendees, chair, secretary,
// agenda items, speeches and votes.
//
// Contracts:
// - Text is never dropped: a line that is not recognised stays as a paragraph where it stood, with a warning when it
//   breaks the expected layout.
// - Facts that are absent stay empty; nothing is guessed (no date from the file name, no issuer from the number).
// - Deterministic and thread-safe.
#pragma once

#include "base/base.h"
#include "ingest/ingest.h"
#include "model/model.h"

namespace vanthu::structure {

// The document of extracted text. For an Akoma Ntoso source the document read by ingest is returned as it is.
model::Document build(const ingest::Extracted& extracted);

}  // namespace vanthu::structure
