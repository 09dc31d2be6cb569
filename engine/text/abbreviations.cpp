// SPDX-License-Identifier: Apache-2.0
//
// Abbreviations of Vietnamese administrative writing (§5), for search to expand into phrases. Document-type codes
// follow Decree 30/2020 Annex III, signing marks its Annex I; the rest is common usage and the abbreviations the
// official texts in ../shared/data define themselves (vi-lexicon/abbreviations-derived-from-corpus.tsv).
// An abbreviation with several meanings has one row per meaning, all marked ambiguous: search boosts them rather
// than replacing the abbreviation.
#include <array>

#include "text/text.h"

namespace vanthu::text {
namespace {

using K = AbbreviationKind;
constexpr bool kAmbiguous = true;
constexpr bool kClear = false;

constexpr Abbreviation kAbbreviations[] = {
    // State bodies and offices.
    {"HĐND", "Hội đồng nhân dân", K::Body, kClear},
    {"UBND", "Ủy ban nhân dân", K::Body, kClear},
    {"TTHĐND", "Thường trực Hội đồng nhân dân", K::Body, kClear},
    {"QH", "Quốc hội", K::Body, kClear},
    {"UBTVQH", "Ủy ban Thường vụ Quốc hội", K::Body, kClear},
    {"ĐBQH", "đại biểu Quốc hội", K::Body, kClear},
    {"CP", "Chính phủ", K::Body, kClear},
    {"TTg", "Thủ tướng Chính phủ", K::Body, kClear},
    {"PTTg", "Phó Thủ tướng Chính phủ", K::Body, kClear},
    {"CTN", "Chủ tịch nước", K::Body, kClear},
    {"VPCP", "Văn phòng Chính phủ", K::Body, kClear},
    {"TAND", "Tòa án nhân dân", K::Body, kClear},
    {"TANDTC", "Tòa án nhân dân tối cao", K::Body, kClear},
    {"VKSND", "Viện kiểm sát nhân dân", K::Body, kClear},
    {"VKSNDTC", "Viện kiểm sát nhân dân tối cao", K::Body, kClear},
    {"KBNN", "Kho bạc Nhà nước", K::Body, kClear},
    {"BCA", "Bộ Công an", K::Body, kClear},
    {"BQP", "Bộ Quốc phòng", K::Body, kClear},
    {"BCHQS", "Ban Chỉ huy quân sự", K::Body, kClear},
    {"BNV", "Bộ Nội vụ", K::Body, kClear},
    {"SNV", "Sở Nội vụ", K::Body, kClear},
    {"BTP", "Bộ Tư pháp", K::Body, kClear},
    {"STP", "Sở Tư pháp", K::Body, kClear},
    {"BTC", "Bộ Tài chính", K::Body, kAmbiguous},
    {"BTC", "Ban Tổ chức", K::Body, kAmbiguous},
    {"STC", "Sở Tài chính", K::Body, kClear},
    {"BCT", "Bộ Công Thương", K::Body, kAmbiguous},
    {"BCT", "Bộ Chính trị", K::Body, kAmbiguous},
    {"BGDĐT", "Bộ Giáo dục và Đào tạo", K::Body, kClear},
    {"SGDĐT", "Sở Giáo dục và Đào tạo", K::Body, kClear},
    {"GD&ĐT", "Giáo dục và Đào tạo", K::Body, kClear},
    {"TN&MT", "Tài nguyên và Môi trường", K::Body, kClear},
    {"BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội", K::Body, kClear},
    {"LĐ-TB&XH", "Lao động - Thương binh và Xã hội", K::Body, kClear},
    {"KH&ĐT", "Kế hoạch và Đầu tư", K::Body, kClear},
    {"BKHĐT", "Bộ Kế hoạch và Đầu tư", K::Body, kClear},
    {"BQL", "Ban quản lý", K::Body, kClear},
    {"BCĐ", "Ban Chỉ đạo", K::Body, kClear},
    {"VT", "Văn thư", K::Body, kClear},
    // Party and mass organisations.
    {"TW", "Trung ương", K::Body, kClear},
    {"TƯ", "Trung ương", K::Body, kClear},
    {"BCH", "Ban Chấp hành", K::Body, kClear},
    {"BCHTW", "Ban Chấp hành Trung ương", K::Body, kClear},
    {"BBT", "Ban Bí thư", K::Body, kClear},
    {"BTV", "Ban Thường vụ", K::Body, kClear},
    {"TU", "Tỉnh ủy", K::Body, kClear},
    {"HU", "Huyện ủy", K::Body, kClear},
    {"ĐU", "Đảng ủy", K::Body, kClear},
    {"UBKT", "Ủy ban Kiểm tra", K::Body, kClear},
    {"MTTQ", "Mặt trận Tổ quốc", K::Body, kClear},
    {"UBMTTQ", "Ủy ban Mặt trận Tổ quốc", K::Body, kClear},
    {"LĐLĐ", "Liên đoàn Lao động", K::Body, kClear},
    {"CĐCS", "công đoàn cơ sở", K::Body, kClear},
    {"HLHPN", "Hội Liên hiệp Phụ nữ", K::Body, kClear},
    {"HND", "Hội Nông dân", K::Body, kClear},
    {"CCB", "Cựu chiến binh", K::Body, kClear},
    {"ĐTN", "Đoàn Thanh niên", K::Body, kClear},
    {"HĐQT", "Hội đồng quản trị", K::Body, kClear},
    // Document types (Decree 30/2020 Annex III, and the normative types).
    {"VBQPPL", "văn bản quy phạm pháp luật", K::DocumentType, kClear},
    {"VBHN", "văn bản hợp nhất", K::DocumentType, kClear},
    {"NĐ", "Nghị định", K::DocumentType, kClear},
    {"NQ", "Nghị quyết", K::DocumentType, kClear},
    {"NQLT", "Nghị quyết liên tịch", K::DocumentType, kClear},
    {"QĐ", "Quyết định", K::DocumentType, kAmbiguous},
    {"QĐ", "Quy định", K::DocumentType, kAmbiguous},
    {"QyĐ", "Quy định", K::DocumentType, kClear},
    {"TT", "Thông tư", K::DocumentType, kAmbiguous},
    {"TT", "thị trấn", K::General, kAmbiguous},
    {"TTLT", "Thông tư liên tịch", K::DocumentType, kClear},
    {"CT", "Chỉ thị", K::DocumentType, kAmbiguous},
    {"CT", "Chủ tịch", K::General, kAmbiguous},
    {"QC", "Quy chế", K::DocumentType, kClear},
    {"TC", "Thông cáo", K::DocumentType, kClear},
    {"TB", "Thông báo", K::DocumentType, kClear},
    {"HD", "Hướng dẫn", K::DocumentType, kClear},
    {"CTr", "Chương trình", K::DocumentType, kClear},
    {"KH", "Kế hoạch", K::DocumentType, kClear},
    {"PA", "Phương án", K::DocumentType, kClear},
    {"ĐA", "Đề án", K::DocumentType, kClear},
    {"DA", "Dự án", K::DocumentType, kClear},
    {"BC", "Báo cáo", K::DocumentType, kClear},
    {"BB", "Biên bản", K::DocumentType, kClear},
    {"TTr", "Tờ trình", K::DocumentType, kClear},
    {"HĐ", "Hợp đồng", K::DocumentType, kAmbiguous},
    {"HĐ", "Hội đồng", K::Body, kAmbiguous},
    {"CĐ", "Công điện", K::DocumentType, kClear},
    {"BGN", "Bản ghi nhớ", K::DocumentType, kClear},
    {"BTT", "Bản thỏa thuận", K::DocumentType, kClear},
    {"GM", "Giấy mời", K::DocumentType, kClear},
    {"GUQ", "Giấy ủy quyền", K::DocumentType, kClear},
    // Signing marks (Decree 30/2020 Annex I) and the subject line of a công văn.
    {"TM.", "thay mặt", K::SigningMark, kClear},
    {"KT.", "ký thay", K::SigningMark, kClear},
    {"TL.", "thừa lệnh", K::SigningMark, kClear},
    {"TUQ.", "thừa ủy quyền", K::SigningMark, kClear},
    {"V/v", "về việc", K::General, kClear},
    // Subjects of administration.
    {"QCDC", "Quy chế dân chủ", K::General, kClear},
    {"CBCCVC", "cán bộ, công chức, viên chức", K::General, kClear},
    {"KT-XH", "kinh tế - xã hội", K::General, kClear},
    {"QP-AN", "quốc phòng - an ninh", K::General, kClear},
    {"ANQP", "an ninh quốc phòng", K::General, kClear},
    {"ANTT", "an ninh trật tự", K::General, kClear},
    {"ATGT", "an toàn giao thông", K::General, kClear},
    {"PCCC", "phòng cháy, chữa cháy", K::General, kClear},
    {"NSNN", "ngân sách nhà nước", K::General, kClear},
    {"TTHC", "thủ tục hành chính", K::General, kClear},
    {"CCHC", "cải cách hành chính", K::General, kClear},
    {"PCTN", "phòng, chống tham nhũng", K::General, kClear},
    {"GPMB", "giải phóng mặt bằng", K::General, kClear},
    {"XDCB", "xây dựng cơ bản", K::General, kClear},
    {"ĐTXD", "đầu tư xây dựng", K::General, kClear},
    {"NTM", "nông thôn mới", K::General, kClear},
    {"MTQG", "mục tiêu quốc gia", K::General, kClear},
    {"HTX", "hợp tác xã", K::General, kClear},
    {"DN", "doanh nghiệp", K::General, kClear},
    {"DNNN", "doanh nghiệp nhà nước", K::General, kClear},
    {"BHXH", "bảo hiểm xã hội", K::General, kClear},
    {"BHYT", "bảo hiểm y tế", K::General, kClear},
    {"BHTN", "bảo hiểm thất nghiệp", K::General, kClear},
    {"HĐLĐ", "hợp đồng lao động", K::General, kClear},
    {"GTGT", "giá trị gia tăng", K::General, kClear},
    {"TNCN", "thu nhập cá nhân", K::General, kClear},
    {"TNDN", "thu nhập doanh nghiệp", K::General, kClear},
    {"TTĐB", "tiêu thụ đặc biệt", K::General, kClear},
    {"TP.HCM", "Thành phố Hồ Chí Minh", K::General, kClear},
};

// Lookup keys keep only letters and digits, so "UBND", "ubnd", "V/v", "vv", "GD&ĐT" and "gd&đt" meet. The exact
// key keeps ĐA (Đề án) apart from DA (Dự án); the folded key is for words typed without diacritics, where both
// rows are candidates.
std::string letters_only(std::string_view key) {
  std::string out;
  for (char c : key) {
    if (c != '-' && c != '/' && c != '.' && c != '&') out.push_back(c);
  }
  return out;
}

struct Keys {
  std::string exact;
  std::string folded;
};

Keys keys_of(std::string_view text) { return {letters_only(exact_key(text)), letters_only(fold_key(text))}; }

const std::vector<Keys>& row_keys() {
  static const std::vector<Keys> keys = [] {
    std::vector<Keys> list;
    for (const Abbreviation& row : kAbbreviations) list.push_back(keys_of(row.abbr));
    return list;
  }();
  return keys;
}

}  // namespace

std::span<const Abbreviation> abbreviations() { return kAbbreviations; }

std::vector<const Abbreviation*> find_abbreviations(std::string_view word) {
  std::vector<const Abbreviation*> found;
  const Keys key = keys_of(word);
  if (key.folded.empty()) return found;
  const bool typed_diacritics = has_diacritics(word);
  const std::vector<Keys>& rows = row_keys();
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (typed_diacritics ? rows[i].exact == key.exact : rows[i].folded == key.folded) {
      found.push_back(&kAbbreviations[i]);
    }
  }
  return found;
}

}  // namespace vanthu::text
