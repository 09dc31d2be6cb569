// SPDX-License-Identifier: Apache-2.0
//
// Private to engine/structure: the stages of build(), each reading the lines from a position and advancing it.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "ingest/ingest.h"
#include "model/model.h"
#include "structure/lines.h"

namespace vanthu::structure {

using Lines = std::vector<ingest::Paragraph>;

// The administrative header (header.cpp): fills meta (issuer, parent, motto, number, place, date, type, title) and
// returns the index of the first line after the title.
std::size_t parse_header(const Lines& lines, model::Document& document);

// Căn cứ / Theo đề nghị / enacting formula (header.cpp), from pos; returns the first body line.
std::size_t parse_preamble(const Lines& lines, std::size_t pos, model::Document& document);

// True when the line opens the signature zone (signature.cpp): "Nơi nhận:", "TM. …", "KT. …", a signing role
// followed within a few lines by a name.
bool starts_signature(const Lines& lines, std::size_t pos);

// The signature zone (signature.cpp): signers, Nơi nhận; returns the first line after it.
std::size_t parse_signature(const Lines& lines, std::size_t pos, model::Document& document);

// Provisions from [begin, end) into nodes (body.cpp): hierarchy, quoted amending text, tables. When stop_at_signature
// is set, stops at the signature zone and returns where it stopped.
std::size_t parse_body(const Lines& lines, std::size_t begin, std::size_t end, bool stop_at_signature,
                       std::vector<model::Node>& nodes, std::vector<std::string>& warnings);

// Appendices after the signature (body.cpp).
void parse_attachments(const Lines& lines, std::size_t begin, model::Document& document);

// Minutes (minutes.cpp): the meeting facts and the debate sections, from the first line after the title.
void parse_minutes(const Lines& lines, std::size_t pos, model::Document& document);

}  // namespace vanthu::structure
