// SPDX-License-Identifier: Apache-2.0
//
// The library the end-to-end tests of what the public sees start from: the corpus laws and gazette texts ingested
// by the real binary (published), and one decision stored as a draft, which must never show.
#pragma once

#include <filesystem>
#include <string>

#include <catch2/catch.hpp>

#include "base/base.h"
#include "support/process.h"

namespace vanthu::test {

inline const std::string kDraftTitle = "Quy chế thử nghiệm chưa công bố";
inline const std::string kDraftUri = "/akn/vn/statement/quyet-dinh/2025-01-02/99-qd-ubnd";

inline std::filesystem::path make_corpus_library(const TempFolder& folder) {
  const std::filesystem::path source = VANTHU_SOURCE_DIR;
  const std::filesystem::path library = folder.path() / "lib";
  REQUIRE(run_process(VANTHU_BINARY, {"ingest", "--library", library.string(), (source / "corpus" / "laws").string(),
                                      (source / "corpus" / "gazette").string()})
              .exit_code <= 1);  // the image-only gazette PDF is refused, the rest stored
  const std::filesystem::path draft = folder.path() / "draft.txt";
  REQUIRE(write_file_atomic(draft, "ỦY BAN NHÂN DÂN XÃ PHÚ LÂM\nSố: 99/QĐ-UBND\nPhú Lâm, ngày 02 tháng 01 năm 2025\n"
                                   "QUYẾT ĐỊNH\n" + kDraftTitle + "\nĐiều 1. Phạm vi\nNội dung nháp.\n")
              .is_ok());
  REQUIRE(run_process(VANTHU_BINARY, {"ingest", "--library", library.string(), "--draft", draft.string()}).exit_code == 0);
  return library;
}

}  // namespace vanthu::test
