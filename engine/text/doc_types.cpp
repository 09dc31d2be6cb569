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
    // Party documents (Guidance 36-HD/VPTW): numbered "210-KL/TW", with types of their own.
    {"KL", "Kết luận", false},
    {"CV", "Công văn", false},
    // Older codes still found in archives (before Decree 30/2020).
    {"QĐi", "Quy định", false},
    {"GN", "Bản ghi nhớ", false},
    {"TTh", "Bản thỏa thuận", false},
    {"UQ", "Giấy ủy quyền", false},
};

// The words of text as keys on one layer, joined by spaces: "Nghị  định" → "nghị định" (exact) or "nghi dinh".
std::string phrase_key(std::string_view text, std::string Token::*layer) {
  std::string key;
  tokenize(text, [&](const Token& token) {
    if (token.part) return;
    if (!key.empty()) key.push_back(' ');
    key += token.*layer;
  });
  return key;
}

struct TypeKeys {
  std::string code, name;
};

// Each row's code and name keys on one layer, computed once.
const std::vector<TypeKeys>& row_keys(std::string Token::*layer) {
  const auto build = [](std::string Token::*on) {
    std::vector<TypeKeys> keys;
    for (const DocumentType& type : kDocumentTypes) keys.push_back({phrase_key(type.code, on), phrase_key(type.name, on)});
    return keys;
  };
  static const std::vector<TypeKeys> exact = build(&Token::exact);
  static const std::vector<TypeKeys> folded = build(&Token::folded);
  return layer == &Token::exact ? exact : folded;
}

const DocumentType* find_on(std::string_view wanted, std::string Token::*layer) {
  const std::string key = phrase_key(wanted, layer);
  if (key.empty()) return nullptr;
  const std::vector<TypeKeys>& rows = row_keys(layer);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (rows[i].code == key || rows[i].name == key) return &kDocumentTypes[i];
  }
  return nullptr;
}

}  // namespace

std::span<const DocumentType> document_types() { return kDocumentTypes; }

const DocumentType* find_document_type(std::string_view code_or_name) {
  // Exact first, so "ĐA" is Đề án and "DA" Dự án; folded second, for input typed without diacritics.
  if (const DocumentType* type = find_on(code_or_name, &Token::exact)) return type;
  return find_on(code_or_name, &Token::folded);
}

}  // namespace vanthu::text
