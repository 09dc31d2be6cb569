// SPDX-License-Identifier: Apache-2.0
//
// The clerks' desk of `vanthu serve`, as a clerk's browser and an attacker's meet it: the real binary, an account
// made by `vanthu user add`, and plain HTTP (Poco's client) with a cookie jar.
#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <filesystem>
#include <regex>
#include <string>
#include <thread>
#include <vector>

#include "base/base.h"
#include "support/process.h"
#include "support/served.h"

using namespace vanthu;
using namespace vanthu::test;
namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

const fs::path kSource = VANTHU_SOURCE_DIR;
const std::string kPassword = "mật khẩu văn thư";
// A minutes with no date (the clerk adds it) and markup in its title (it must come out escaped everywhere).
const fs::path kMinutes = kSource / "tests" / "data" / "bien-ban-to-7.docx";
const std::string kMinutesTitle = "Họp tổ dân phố số 7 về sửa chữa nhà văn hóa";
const std::string kSearch = "/api/search?q=sua+chua+nha+van+hoa+to+dan+pho";

fs::path small_library(const TempFolder& folder) {
  const fs::path library = folder.path() / "lib";
  REQUIRE(run_process(VANTHU_BINARY, {"ingest", "--library", library.string(),
                                      (kSource / "corpus" / "laws" / "Luat-hoa-giai-o-co-so-nam-2013-197282.txt").string()})
              .exit_code == 0);
  const ProcessResult added = run_process(VANTHU_BINARY, {"user", "add", "an", "--library", library.string()},
                                          kPassword + "\n");
  INFO(added.err);
  REQUIRE(added.exit_code == 0);
  return library;
}

Answer sign_in(Served& server, const std::string& name, const std::string& password) {
  const Answer form = server.get("/clerk/login");
  REQUIRE(form.status == 200);
  return server.post("/clerk/login", {{"name", name}, {"password", password}, {"csrf", csrf_of(form.body)},
                                      {"next", "/clerk/"}});
}

std::int64_t document_id(const Answer& redirect) {
  std::smatch match;
  const std::string location = redirect.header("Location");
  REQUIRE(std::regex_search(location, match, std::regex("/clerk/documents/(\\d+)")));
  return std::stoll(match[1]);
}

}  // namespace

TEST_CASE("A clerk uploads a minutes, fixes its date, publishes it, and unpublishes it", "[server][clerk]") {
  TempFolder folder("clerk-flow");
  const fs::path library = small_library(folder);
  Served server(library);

  CHECK(server.get("/clerk/").status == 303);
  CHECK(sign_in(server, "an", "sai mật khẩu").status == 401);
  const Answer signed_in = sign_in(server, "an", kPassword);
  REQUIRE(signed_in.status == 303);
  CHECK(signed_in.header("Location") == "/clerk/");
  bool strict_cookie = false;
  for (const std::string& cookie : signed_in.set_cookies()) {
    if (cookie.starts_with("vanthu_session=")) {
      strict_cookie = contains(cookie, "HttpOnly") && contains(cookie, "SameSite=Strict") && contains(cookie, "Path=/clerk/");
    }
  }
  CHECK(strict_cookie);

  const Answer desk = server.get("/clerk/");
  REQUIRE(desk.status == 200);
  CHECK(desk.header("Cache-Control") == "no-store");
  const std::string csrf = csrf_of(desk.body);
  REQUIRE(csrf.size() == 64);

  const Result<std::string> bytes = read_file(kMinutes);
  REQUIRE(bytes.is_ok());
  const Answer uploaded = server.post("/clerk/upload", {{"csrf", csrf}}, {{"files", "bien-ban-to-7.docx", bytes.value()}});
  REQUIRE(uploaded.status == 303);
  const std::int64_t id = document_id(uploaded);
  const std::string review_path = "/clerk/documents/" + std::to_string(id);

  // The parsed result: metadata to correct, the outline, the warnings; the markup of the title escaped.
  const Answer review = server.get(review_path + "?notice=uploaded");
  REQUIRE(review.status == 200);
  CHECK(contains(review.body, "Đã lưu bản nháp"));
  CHECK(contains(review.body, "name=\"date\" type=\"date\" value=\"\""));
  CHECK(contains(review.body, "II. BIỂU QUYẾT"));
  CHECK(contains(review.body, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  CHECK_FALSE(contains(review.body, "<script>alert(1)"));
  CHECK(server.get(review_path + "/preview").status == 200);

  // A draft is nowhere public.
  CHECK_FALSE(contains(server.get(kSearch).body, "bien-ban-to-7.docx"));
  CHECK_FALSE(contains(server.get("/feed.atom").body, kMinutesTitle));

  // The clerk adds the date the file lacks; the address follows.
  const Answer corrected = server.post(review_path + "/metadata",
                                       {{"csrf", csrf}, {"type", "Biên bản"}, {"number", ""},
                                        {"issuer", "ỦY BAN NHÂN DÂN XÃ TÂN HỢP"}, {"place", "Tân Hợp"},
                                        {"date", "2025-04-12"},
                                        {"title", kMinutesTitle + " <script>alert(1)</script>"}});
  REQUIRE(corrected.status == 303);
  const Answer bad_date = server.post(review_path + "/metadata", {{"csrf", csrf}, {"type", "Biên bản"},
                                                                  {"date", "2025-02-30"}, {"title", kMinutesTitle}});
  CHECK(bad_date.status == 400);
  CHECK(contains(bad_date.body, "role=\"alert\""));

  const Answer published = server.post(review_path + "/publish", {{"csrf", csrf}, {"version", "1"}});
  REQUIRE(published.status == 303);
  const Answer found = server.get(kSearch);
  CHECK(contains(found.body, "bien-ban-to-7.docx"));
  std::smatch uri;
  REQUIRE(std::regex_search(found.body, uri, std::regex("\"uri\": \"(/akn/vn/debate/bien-ban/2025-04-12/[^\"]+)\"")));
  const std::string page_path = uri[1];
  const Answer page = server.get(page_path);
  CHECK(page.status == 200);
  CHECK_FALSE(contains(page.body, "<script>alert(1)"));
  CHECK(contains(server.get("/feed.atom").body, kMinutesTitle));
  CHECK(server.post(review_path + "/publish", {{"csrf", csrf}, {"version", "1"}}).status == 409);

  // Unpublishing needs a reason; then the minutes is gone from the public side again.
  CHECK(server.post(review_path + "/unpublish", {{"csrf", csrf}, {"reason", " "}}).status == 400);
  REQUIRE(server.post(review_path + "/unpublish", {{"csrf", csrf}, {"reason", "Đăng nhầm"}}).status == 303);
  CHECK(server.get(page_path).status == 404);
  CHECK_FALSE(contains(server.get(kSearch).body, "bien-ban-to-7.docx"));
  CHECK_FALSE(contains(server.get("/sitemap.xml").body, page_path));

  // Every step is in the audit log, with who did it.
  const Answer audit = server.get("/clerk/audit");
  REQUIRE(audit.status == 200);
  for (const char* action : {"add", "edit metadata", "publish", "unpublish"}) {
    INFO(action);
    CHECK(std::regex_search(audit.body, std::regex(std::string("<td>an</td><td>") + action + "</td>")));
  }
  CHECK(contains(audit.body, "Đăng nhầm"));

  // Signing out ends the session: its cookie no longer opens the desk.
  const std::string session = server.cookies()["vanthu_session"];
  REQUIRE(server.post("/clerk/logout", {{"csrf", csrf}}).status == 303);
  server.cookies()["vanthu_session"] = session;
  CHECK(server.get("/clerk/").status == 303);
}

TEST_CASE("A new version of a published document stays a draft until it is published", "[server][clerk]") {
  TempFolder folder("clerk-version");
  const fs::path library = small_library(folder);
  const fs::path first = folder.path() / "qd12.txt";
  const std::string decision = "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nSố: 12/QĐ-UBND\nAn Bình, ngày 03 tháng 02 năm 2025\n"
                               "QUYẾT ĐỊNH\nVề việc thành lập tổ công tác phòng chống thiên tai\n"
                               "Điều 1. Thành lập\nThành lập tổ công tác.\n";
  REQUIRE(write_file_atomic(first, decision).is_ok());
  REQUIRE(run_process(VANTHU_BINARY, {"ingest", "--library", library.string(), first.string()}).exit_code == 0);
  Served server(library);
  REQUIRE(sign_in(server, "an", kPassword).status == 303);
  const std::string csrf = csrf_of(server.get("/clerk/").body);
  const std::string uri = "/akn/vn/statement/quyet-dinh/2025-02-03/12-qd-ubnd";
  CHECK(server.get(uri).status == 200);

  const Answer found = server.get("/api/documents" + uri);
  REQUIRE(found.status == 200);
  std::smatch match;
  const Answer desk = server.get("/clerk/");
  REQUIRE(std::regex_search(desk.body, match, std::regex("href=\"/clerk/documents/(\\d+)\">Về việc thành lập tổ công tác")));
  const std::string review_path = "/clerk/documents/" + std::string(match[1]);

  const std::string amended = decision + "Điều 2. Hiệu lực\nQuyết định có hiệu lực từ ngày ký.\n";
  const Answer version = server.post(review_path + "/version", {{"csrf", csrf}}, {{"file", "qd12-sua.txt", amended}});
  REQUIRE(version.status == 303);
  CHECK(contains(version.header("Location"), "notice=version"));
  CHECK(contains(server.get("/api/documents" + uri).body, "\"version\": 1"));
  CHECK_FALSE(contains(server.get(uri).body, "Hiệu lực"));

  REQUIRE(server.post(review_path + "/publish", {{"csrf", csrf}, {"version", "2"}}).status == 303);
  CHECK(contains(server.get("/api/documents" + uri).body, "\"version\": 2"));
  CHECK(contains(server.get(uri).body, "Hiệu lực"));

  // A file of another work is refused as a version of this one, and says why.
  const Answer other = server.post(review_path + "/version", {{"csrf", csrf}},
                                   {{"file", "khac.txt", "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nSố: 13/QĐ-UBND\nAn Bình, ngày 04 "
                                                          "tháng 02 năm 2025\nQUYẾT ĐỊNH\nVề việc khác\nĐiều 1. Nội dung\nMột.\n"}});
  CHECK(other.status == 400);
  CHECK(contains(other.body, "not as a version of"));
}

TEST_CASE("Clerk routes refuse requests without a session, with a forged token or from another site",
          "[server][clerk][security]") {
  TempFolder folder("clerk-security");
  const fs::path library = small_library(folder);
  Served server(library);

  for (const char* path : {"/clerk/", "/clerk/audit", "/clerk/documents/1", "/clerk/documents/1/preview"}) {
    INFO(path);
    const Answer answer = server.get(path);
    CHECK(answer.status == 303);
    CHECK(contains(answer.header("Location"), "/clerk/login?next="));
  }
  for (const char* path : {"/clerk/upload", "/clerk/logout", "/clerk/documents/1/publish",
                           "/clerk/documents/1/unpublish", "/clerk/documents/1/metadata", "/clerk/documents/1/version"}) {
    INFO(path);
    CHECK(server.post(path, {{"csrf", "0"}, {"reason", "x"}}).status == 403);
  }

  REQUIRE(sign_in(server, "an", kPassword).status == 303);
  const std::string csrf = csrf_of(server.get("/clerk/").body);
  const std::string forged(64, 'a');
  CHECK(server.post("/clerk/documents/1/unpublish", {{"csrf", forged}, {"reason", "x"}}).status == 403);
  CHECK(server.post("/clerk/documents/1/unpublish", {{"reason", "x"}}).status == 403);
  CHECK(server.post("/clerk/documents/1/unpublish", {{"csrf", csrf}, {"reason", "x"}}, {},
                    {{"Origin", "http://evil.example"}})
            .status == 403);
  CHECK(contains(server.get("/api/documents/akn/vn/act/luat/2013-06-20/35-2013-qh13").body, "\"version\": 1"));
  // The sign-in form's own token: a page elsewhere cannot post a sign-in for this browser.
  server.cookies().clear();
  CHECK(server.post("/clerk/login", {{"name", "an"}, {"password", kPassword}, {"csrf", forged}}).status == 403);
  // Path tricks in a document's number on the desk lead nowhere.
  REQUIRE(sign_in(server, "an", kPassword).status == 303);
  for (const char* path : {"/clerk/documents/../../catalog.sqlite", "/clerk/documents/1%2f..%2f..%2fcatalog.sqlite",
                           "/clerk/documents/-1", "/clerk/documents/99999", "/clerk/nope"}) {
    INFO(path);
    CHECK(server.get(path).status == 404);
  }
}

TEST_CASE("Signing in is rate-limited after repeated failures", "[server][clerk][security]") {
  TempFolder folder("clerk-throttle");
  const fs::path library = small_library(folder);
  Served server(library);
  for (int attempt = 0; attempt < 5; ++attempt) CHECK(sign_in(server, "an", "đoán mò " + std::to_string(attempt)).status == 401);
  // Even the right password is refused now, and the reply says when to come back.
  const Answer refused = sign_in(server, "an", kPassword);
  CHECK(refused.status == 429);
  CHECK_FALSE(refused.header("Retry-After").empty());
  CHECK(server.get("/clerk/").status == 303);
}

TEST_CASE("Oversized uploads and slow clients are cut off without hurting other requests", "[server][security]") {
  TempFolder folder("clerk-limits");
  const fs::path library = small_library(folder);
  Served server(library);
  REQUIRE(sign_in(server, "an", kPassword).status == 303);
  const std::string csrf = csrf_of(server.get("/clerk/").body);

  // A body announced as 33 MB (the limit is 32 MB) is refused with 413 at once, before it is sent.
  {
    Poco::Net::HTTPClientSession session("127.0.0.1", server.port());
    Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_POST, "/clerk/upload", Poco::Net::HTTPMessage::HTTP_1_1);
    request.setContentType("multipart/form-data; boundary=x");
    request.setContentLength64(33ll << 20);
    request.set("Cookie", "vanthu_session=" + server.cookies()["vanthu_session"]);
    session.sendRequest(request) << "--x\r\n" << std::flush;
    Poco::Net::HTTPResponse response;
    session.receiveResponse(response);
    CHECK(response.getStatus() == 413);
  }
  CHECK(contains(server.get("/clerk/audit").body, "big.txt") == false);

  // Clients that open a connection and send half a request line, then nothing.
  std::vector<int> slow;
  for (int i = 0; i < 24; ++i) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(server.port());
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
    const char partial[] = "GET /search?q=thu";
    REQUIRE(::send(fd, partial, sizeof partial - 1, 0) > 0);
    slow.push_back(fd);
  }
  // Others are still answered while they hang.
  for (int i = 0; i < 5; ++i) CHECK(server.get("/healthz").status == 200);
  CHECK(server.get("/api/search?q=hoa+giai").status == 200);
  // And the server hangs up on them: each read ends (0 bytes or an error) once its timeout has passed.
  for (const int fd : slow) {
    timeval wait{20, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &wait, sizeof wait);
    char buffer[512];
    ssize_t got = 0;
    while ((got = ::recv(fd, buffer, sizeof buffer, 0)) > 0) {
    }
    const int error = got < 0 ? errno : 0;
    CHECK((got == 0 || error == ECONNRESET));  // closed by the server, not our own 20 s timeout (EAGAIN)
    ::close(fd);
  }
  CHECK(server.get("/healthz").status == 200);
}
