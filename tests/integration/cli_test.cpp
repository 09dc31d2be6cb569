// SPDX-License-Identifier: Apache-2.0
//
// End to end: the real `vanthu` binary, run as a user runs it.
#include <catch2/catch.hpp>

#include <fstream>

#include "support/process.h"
#include "support/test_support.h"

namespace vanthu {
namespace {

test::ProcessResult vanthu(const std::vector<std::string>& args, const std::string& input = {}) {
  return test::run_process(VANTHU_BINARY, args, input);
}

void write(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

TEST_CASE("vanthu without a command prints usage and exits 2", "[cli]") {
  const auto result = vanthu({});
  CHECK(result.exit_code == 2);
  CHECK(result.err.find("usage: vanthu") != std::string::npos);
  CHECK(vanthu({"--version"}).out.starts_with("vanthu "));
  CHECK(vanthu({"--help"}).exit_code == 0);
  const auto unknown = vanthu({"frobnicate"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.find("unknown command 'frobnicate'") != std::string::npos);
}

TEST_CASE("vanthu text decode turns a TCVN3 file into Unicode", "[cli]") {
  test::TempFolder folder("decode");
  const std::string bytes = test::read_or_fail(test::test_data("tcvn3_lines.bin"));
  const std::string expected = test::read_or_fail(test::test_data("tcvn3_lines.txt"));
  write(folder.path() / "old.txt", bytes);

  const auto to_stdout = vanthu({"text", "decode", (folder.path() / "old.txt").string()});
  CHECK(to_stdout.exit_code == 0);
  CHECK(to_stdout.out == expected);
  CHECK(to_stdout.err.find("tcvn3") != std::string::npos);

  const auto to_file = vanthu({"text", "decode", "-o", (folder.path() / "new.txt").string(), "-"}, bytes);
  CHECK(to_file.exit_code == 0);
  CHECK(test::read_or_fail(folder.path() / "new.txt") == expected);
}

TEST_CASE("vanthu text detect reports each file and goes on past a missing one", "[cli]") {
  test::TempFolder folder("detect");
  write(folder.path() / "vni.txt", test::read_or_fail(test::test_data("vni_lines.bin")));
  write(folder.path() / "utf8.txt", "Cộng hòa xã hội chủ nghĩa Việt Nam\n");
  const auto result = vanthu({"text", "detect", "--json", (folder.path() / "vni.txt").string(),
                              (folder.path() / "missing.txt").string(), (folder.path() / "utf8.txt").string()});
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("missing.txt") != std::string::npos);
  const auto lines = test::lines_of(result.out);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].find("\"encoding\":\"vni\"") != std::string::npos);
  CHECK(lines[1].find("\"encoding\":\"utf-8\"") != std::string::npos);
}

TEST_CASE("vanthu text encode and decode round-trip through VNI", "[cli]") {
  const std::string text = "Ủy ban nhân dân xã Đắk Lắk\n";
  const auto encoded = vanthu({"text", "encode", "--to", "vni"}, text);
  REQUIRE(encoded.exit_code == 0);
  CHECK(encoded.out != text);
  const auto decoded = vanthu({"text", "decode", "--from", "vni"}, encoded.out);
  CHECK(decoded.out == text);
  const auto impossible = vanthu({"text", "encode", "--to", "tcvn3"}, "ỦY BAN\n");
  CHECK(impossible.exit_code == 2);
  CHECK(impossible.err.find("Ủ") != std::string::npos);
}

TEST_CASE("vanthu text keys - tokens - dates - numbers - refs and abbr", "[cli]") {
  CHECK(vanthu({"text", "keys", "Ủy", "hòa"}).out == "Ủy\tuỷ\tuy\nhòa\thoà\thoa\n");

  const auto tokens = vanthu({"text", "tokens"}, "Số: 12/2022/NQ-HĐND");
  CHECK(tokens.out.find("1\t6\t22\tcompound\t12/2022/nq-hđnd\t12/2022/nq-hdnd") != std::string::npos);

  const auto dates = vanthu({"text", "dates", "--year", "2022"}, "Hà Nội, ngày 05 tháng 3 năm 2020. Ngày 26/5 họp.");
  CHECK(dates.out.find("\"date\":\"2020-03-05\"") != std::string::npos);
  CHECK(dates.out.find("\"date\":\"2022-05-26\",\"inferred_year\":true") != std::string::npos);
  CHECK(vanthu({"text", "dates", "--year", "abc"}, "").exit_code == 2);

  const auto numbers = vanthu({"text", "numbers"}, "Số: 12/2022/NQ-HĐND");
  CHECK(numbers.out.find("\"year\":2022,\"symbol\":\"NQ-HĐND\",\"type_code\":\"NQ\"") != std::string::npos);

  const auto refs = vanthu({"text", "refs"}, "theo điểm a khoản 2 Điều 5 của Nghị định này");
  CHECK(refs.out.find("\"point\":\"a\",\"clause\":\"2\",\"article\":\"5\"") != std::string::npos);
  CHECK(refs.out.find("\"self\":true") != std::string::npos);

  CHECK(vanthu({"text", "abbr", "ubnd"}).out == "ubnd\tUBND\tỦy ban nhân dân\n");
  CHECK(vanthu({"text", "abbr", "zzz"}).exit_code == 1);
}

TEST_CASE("vanthu text rejects unknown options and operations with exit 2", "[cli]") {
  const auto option = vanthu({"text", "decode", "--frm", "tcvn3"});
  CHECK(option.exit_code == 2);
  CHECK(option.err.find("unknown option --frm") != std::string::npos);
  CHECK(vanthu({"text", "decode", "--from", "klingon"}).exit_code == 2);
  CHECK(vanthu({"text", "translate"}).exit_code == 2);
  const auto missing = vanthu({"text", "decode", "/nonexistent/file.txt"});
  CHECK(missing.exit_code == 3);
  CHECK(missing.err.find("/nonexistent/file.txt") != std::string::npos);
}

}  // namespace
TEST_CASE("vanthu inspect --json prints the contract object", "[cli]") {
  test::TempFolder folder("inspect");
  write(folder.path() / "qd.txt",
        "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 12/2024/QĐ-UBND\nAn Giang, ngày 05 tháng 3 năm 2024\nQUYẾT ĐỊNH\nBan hành Quy chế làm việc\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế.\n"
        "Điều 2. Hiệu lực thi hành\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n");
  const auto result = vanthu({"inspect", "--json", (folder.path() / "qd.txt").string()});
  CHECK(result.exit_code == 0);
  for (const char* field : {"\"format\": \"txt\"", "\"encoding\": \"utf-8\"", "\"type\": \"Quyết định\"",
                            "\"number\": \"12/2024/QĐ-UBND\"", "\"issuer\": \"ỦY BAN NHÂN DÂN TỈNH AN GIANG\"",
                            "\"place\": \"An Giang\"", "\"date\": \"2024-03-05\"", "\"title\": \"Ban hành Quy chế làm việc\"",
                            "\"name\": \"Nguyễn Văn An\"", "\"articles\": 2", "\"minutes\": null"}) {
    INFO(field);
    CHECK(result.out.find(field) != std::string::npos);
  }
}

TEST_CASE("vanthu convert writes valid AKN and refuses bad files with exit 4", "[cli]") {
  test::TempFolder folder("convert");
  write(folder.path() / "a.txt", "NGHỊ ĐỊNH\nVề thử nghiệm\nĐiều 1. Phạm vi\nNội dung.\n");
  const auto converted = vanthu({"convert", (folder.path() / "a.txt").string(), "--to", "akn", "-o",
                                 (folder.path() / "a.xml").string()});
  CHECK(converted.exit_code == 0);
  const std::string xml = test::read_or_fail(folder.path() / "a.xml");
  CHECK(xml.find("<act name=\"nghi-dinh\">") != std::string::npos);
  CHECK(xml.find("eId=\"art_1\"") != std::string::npos);

  write(folder.path() / "empty.txt", "");
  const auto empty = vanthu({"convert", (folder.path() / "empty.txt").string(), "--to", "akn"});
  CHECK(empty.exit_code == 4);
  CHECK(empty.err.find("empty.txt: the file is empty") != std::string::npos);

  const auto missing = vanthu({"inspect", (folder.path() / "missing.docx").string()});
  CHECK(missing.exit_code == 3);
  const auto unknown = vanthu({"convert", (folder.path() / "a.txt").string(), "--to", "docx"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.find("--to docx is not a target (akn, html, pdf, text)") != std::string::npos);
}

TEST_CASE("vanthu convert writes a page and a PDF", "[cli]") {
  test::TempFolder folder("convert-render");
  write(folder.path() / "a.txt", "NGHỊ ĐỊNH\nVề thử nghiệm\nĐiều 1. Phạm vi\nNội dung <b>in đậm</b>.\n");
  const auto html = vanthu({"convert", (folder.path() / "a.txt").string(), "--to", "html"});
  CHECK(html.exit_code == 0);
  CHECK(html.out.starts_with("<!DOCTYPE html>"));
  CHECK(html.out.find("id=\"art_1\"") != std::string::npos);
  CHECK(html.out.find("Nội dung &lt;b&gt;in đậm&lt;/b&gt;.") != std::string::npos);
  const auto pdf = vanthu({"convert", (folder.path() / "a.txt").string(), "--to", "pdf", "-o",
                           (folder.path() / "a.pdf").string()});
  INFO(pdf.err);
  CHECK(pdf.exit_code == 0);
  const auto text = test::run_process("pdftotext", {(folder.path() / "a.pdf").string(), "-"});
  CHECK(text.exit_code == 0);
  CHECK(text.out.find("Điều 1. Phạm vi") != std::string::npos);
  CHECK(text.out.find("Nội dung <b>in đậm</b>.") != std::string::npos);
}

TEST_CASE("vanthu ingest stores a folder and goes on past a bad file and check agrees", "[cli]") {
  test::TempFolder folder("ingest");
  const std::filesystem::path docs = folder.path() / "docs";
  std::filesystem::create_directories(docs);
  write(docs / "a.txt", "NGHỊ ĐỊNH\nVề thử nghiệm\nĐiều 1. Phạm vi\nNội dung.\n");
  write(docs / "empty.txt", "");
  write(docs / "README.md", "not a document");
  const std::string library = (folder.path() / "lib").string();
  const auto first = vanthu({"ingest", "--library", library, docs.string()});
  CHECK(first.exit_code == 1);
  CHECK(first.out.find("added") != std::string::npos);
  CHECK(first.err.find("empty.txt: the file is empty") != std::string::npos);
  CHECK(first.out.find("2 files: 1 added, 0 new versions, 0 unchanged, 1 failed") != std::string::npos);
  const auto again = vanthu({"ingest", "--library", library, (docs / "a.txt").string()});
  CHECK(again.exit_code == 0);
  CHECK(again.out.find("1 files: 0 added, 0 new versions, 1 unchanged, 0 failed") != std::string::npos);
  const auto check = vanthu({"check", "--library", library});
  CHECK(check.exit_code == 0);
  CHECK(check.out.find("library ok: 1 documents, 1 versions, 0 problems") != std::string::npos);
}

}  // namespace vanthu
