// SPDX-License-Identifier: Apache-2.0
//
// The document types: Decree 30/2020/NĐ-CP Art. 7 and Annex III (administrative documents and their codes), and
// the types of the law on legal normative documents (§6.1). One table; codes are written as the decree writes them.
#include <array>

#include "text/text.h"

namespace vanthu::text {
namespace {

constexpr DocumentType kDocumentTypes[] = {
    // Legal normative documents (VBQPPL). Laws and codes carry no type code in their number (80/2015/QH13).
    {"", "Hiến pháp", true},
    {"", "Bộ luật", true},
    {"", "Luật", true},
    {"", "Pháp lệnh", true},
    {"L", "Lệnh", true},
    {"NĐ", "Nghị định", true},
    {"TT", "Thông tư", true},
    {"TTLT", "Thông tư liên tịch", true},
    {"NQLT", "Nghị quyết liên tịch", true},
    {"VBHN", "Văn bản hợp nhất", true},
    // Decree 30 Annex III. Nghị quyết and Quyết định are normative when their number has a year.
    {"NQ", "Nghị quyết", true},
    {"QĐ", "Quyết định", true},
    {"CT", "Chỉ thị", false},
    {"QC", "Quy chế", false},
    {"QyĐ", "Quy định", false},
    {"TC", "Thông cáo", false},
    {"TB", "Thông báo", false},
    {"HD", "Hướng dẫn", false},
    {"CTr", "Chương trình", false},
    {"KH", "Kế hoạch", false},
    {"PA", "Phương án", false},
    {"ĐA", "Đề án", false},
    {"DA", "Dự án", false},
    {"BC", "Báo cáo", false},
    {"BB", "Biên bản", false},
    {"TTr", "Tờ trình", false},
    {"HĐ", "Hợp đồng", false},
    {"CĐ", "Công điện", false},
    {"BGN", "Bản ghi nhớ", false},
    {"BTT", "Bản thỏa thuận", false},
    {"GUQ", "Giấy ủy quyền", false},
    {"GM", "Giấy mời", false},
    {"GGT", "Giấy giới thiệu", false},
    {"GNP", "Giấy nghỉ phép", false},
    {"PG", "Phiếu gửi", false},
    {"PC", "Phiếu chuyển", false},
    {"PB", "Phiếu báo", false},
    {"SY", "Bản sao y", false},
    {"TrS", "Bản trích sao", false},
    {"SL", "Bản sao lục", false},
    // No code in Annex III: a công văn's number is số/CƠQUAN-ĐƠNVỊ.
    {"", "Công văn", false},
    {"", "Thư công", false},
    // Older codes still found in archives (before Decree 30/2020).
    {"QĐi", "Quy định", false},
    {"GN", "Bản ghi nhớ", false},
    {"TTh", "Bản thỏa thuận", false},
    {"UQ", "Giấy ủy quyền", false},
};

// Matches key against each row's code and name through key_of (exact_key, then fold_key as a fallback).
const DocumentType* find_by(std::string_view wanted, std::string (*key_of)(std::string_view)) {
  const std::string key = key_of(wanted);
  for (const DocumentType& type : kDocumentTypes) {
    if ((!type.code.empty() && key_of(type.code) == key) || key_of(type.name) == key) return &type;
  }
  return nullptr;
}

std::string phrase_exact_key(std::string_view text) {
  std::string key;
  tokenize(text, [&](const Token& token) {
    if (token.part) return;
    if (!key.empty()) key.push_back(' ');
    key += token.exact;
  });
  return key;
}

std::string phrase_fold_key(std::string_view text) {
  std::string key;
  tokenize(text, [&](const Token& token) {
    if (token.part) return;
    if (!key.empty()) key.push_back(' ');
    key += token.folded;
  });
  return key;
}

}  // namespace

std::span<const DocumentType> document_types() { return kDocumentTypes; }

const DocumentType* find_document_type(std::string_view code_or_name) {
  // Exact first, so "ĐA" is Đề án and "DA" Dự án; folded second, for input typed without diacritics.
  if (const DocumentType* type = find_by(code_or_name, phrase_exact_key)) return type;
  return find_by(code_or_name, phrase_fold_key);
}

}  // namespace vanthu::text
