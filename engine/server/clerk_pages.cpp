// SPDX-License-Identifier: Apache-2.0
//
// The clerks' pages that are not about one document: sign in and out, the desk (upload, every document in any
// state) and the audit log.
#include <algorithm>
#include <array>

#include "server/editor.h"
#include "server/handlers.h"

namespace vanthu::server {
namespace {

constexpr const char* kSignInCookie = "vanthu_signin";  // the sign-in form's token, before there is a session
constexpr std::size_t kAuditRows = 200;

// What a redirect after a change says on the next page: a code in the URL, never text from it.
constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kNotices = {{
    {"uploaded", "Đã lưu bản nháp. Kiểm tra thông tin, sửa nếu cần, rồi công bố."},
    {"unchanged", "Tệp này đã có trong thư viện; không có gì thay đổi."},
    {"version", "Đã lưu phiên bản mới (bản nháp). Công bố để người dân thấy phiên bản này."},
    {"corrected", "Đã lưu thông tin đã sửa."},
    {"published", "Đã công bố. Văn bản đã có trên trang công khai và trong tìm kiếm."},
    {"unpublished", "Đã gỡ khỏi trang công khai."},
    {"signed-out", "Đã đăng xuất."},
}};

// What the page after a redirect says, from its ?notice= code; "" for none or an unknown code.
std::string notice_for(const Request& request) {
  const std::string code = request.param("notice");
  for (const auto& [known, text] : kNotices)
    if (code == known) return std::string(text);
  return {};
}

// Cookie attributes: only for the clerks' pages, never readable by scripts, never sent from other sites; Secure
// when the server is reached over https.
std::string cookie(const Site& site, const std::string& name, const std::string& value, bool expire = false) {
  std::string out = name + "=" + value + "; Path=/clerk/; HttpOnly; SameSite=Strict";
  if (site.base_url().starts_with("https:")) out += "; Secure";
  if (expire) out += "; Max-Age=0";
  return out;
}

// Where to go after signing in: a clerk page named by ?next=, nothing else (no open redirect).
std::string next_page(const std::string& next) {
  if (next.starts_with("/clerk/") && next.find("//") == std::string::npos && next.find('\\') == std::string::npos)
    return next;
  return "/clerk/";
}

Reply sign_in_form(Site& site, const Request& request, int status, const std::string& error) {
  const std::string token = random_hex(32);
  render::Desk page;
  page.title = "Đăng nhập";
  page.home_href = "/";
  page.stylesheet_href = "/vanthu.css";
  page.error = error;
  page.notice = notice_for(request);
  render::DeskSection section{"Cán bộ văn thư đăng nhập", "dang-nhap"};
  section.paragraphs.push_back("Người dân không cần đăng nhập để tìm và đọc văn bản.");
  render::DeskForm form{"/clerk/login", "Đăng nhập", false, false, {}};
  form.fields.push_back({.name = "name", .label = "Tên đăng nhập", .value = request.field("name"),
                         .autocomplete = "username", .required = true});
  form.fields.push_back({.name = "password", .label = "Mật khẩu", .type = "password",
                         .autocomplete = "current-password", .required = true});
  form.fields.push_back({.name = "csrf", .type = "hidden", .value = token});
  const std::string next = request.param("next").empty() ? request.field("next") : request.param("next");
  form.fields.push_back({.name = "next", .type = "hidden", .value = next_page(next)});
  section.forms.push_back(std::move(form));
  page.sections.push_back(std::move(section));
  Reply reply = desk_reply(page, status);
  reply.headers.emplace_back("Set-Cookie", cookie(site, kSignInCookie, token));
  return reply;
}

const char* state_label(const store::DocumentInfo& info) {
  switch (info.state) {
    case store::Publication::Draft: return "Bản nháp";
    case store::Publication::Published:
      return info.published_version == info.versions ? "Đã công bố" : "Đã công bố (có phiên bản mới chưa công bố)";
    case store::Publication::Unpublished: return "Đã gỡ";
  }
  return "";
}

}  // namespace

render::DeskField csrf_field(const Request& request) {
  return {.name = "csrf", .type = "hidden", .value = request.session ? request.session->csrf : std::string()};
}

render::Desk desk_frame(const Request& request, std::string title) {
  render::Desk page;
  page.title = std::move(title);
  page.home_href = "/clerk/";
  page.stylesheet_href = "/vanthu.css";
  if (request.session) page.user = request.session->user;
  page.links = {{"Bàn làm việc", "/clerk/"}, {"Nhật ký thao tác", "/clerk/audit"}, {"Trang công khai", "/"}};
  page.sign_out = render::DeskForm{"/clerk/logout", "Đăng xuất", false, false, {csrf_field(request)}};
  page.notice = notice_for(request);
  return page;
}

Reply desk_reply(const render::Desk& page, int status) {
  Result<render::Page> rendered = render::desk(page);
  if (!rendered.is_ok()) return internal_error(rendered.status());
  Reply reply;
  reply.status = status;
  reply.body = std::move(rendered->html);
  reply.headers.emplace_back("Cache-Control", "no-store");
  return reply;
}

Reply to_desk(Site&, const Request&) { return redirect("/clerk/"); }

Reply sign_in_page(Site& site, const Request& request) {
  if (site.sessions().find(request.cookie(kSessionCookie))) return redirect(next_page(request.param("next")));
  return sign_in_form(site, request, 200, "");
}

Reply sign_in(Site& site, const Request& request) {
  // The form's token must match the cookie set with it: a page of another site cannot sign a browser in.
  const std::string token = request.cookie(kSignInCookie);
  if (token.empty() || !same_token(token, request.field("csrf"))) {
    return sign_in_form(site, request, 403, "Biểu mẫu đăng nhập đã hết hạn. Hãy nhập lại.");
  }
  const std::string name = request.field("name");
  if (const auto wait = site.throttle().refused_for(name, request.client)) {
    Reply reply = sign_in_form(site, request, 429,
                               "Đăng nhập sai quá nhiều lần. Hãy thử lại sau " +
                                   std::to_string((wait->count() + 59) / 60) + " phút.");
    reply.headers.emplace_back("Retry-After", std::to_string(wait->count()));
    return reply;
  }
  // The slow hash is checked on a connection of its own, outside the site's lock: other requests go on meanwhile.
  Result<std::unique_ptr<store::Library>> library = store::Library::open(site.dir(), store::OpenMode::ReadOnly);
  if (!library.is_ok()) return internal_error(library.status());
  Result<bool> verified = library.value()->verify_user(name, request.field("password"));
  if (!verified.is_ok()) return internal_error(verified.status());
  if (!verified.value()) {
    site.throttle().failed(name, request.client);
    return sign_in_form(site, request, 401, "Sai tên đăng nhập hoặc mật khẩu.");
  }
  site.throttle().succeeded(name);
  const Session session = site.sessions().open(name);
  Reply reply = redirect(next_page(request.field("next")));
  reply.headers.emplace_back("Set-Cookie", cookie(site, kSessionCookie, session.id));
  reply.headers.emplace_back("Set-Cookie", cookie(site, kSignInCookie, "", true));
  return reply;
}

Reply sign_out(Site& site, const Request& request) {
  site.sessions().close(request.session->id);
  Reply reply = redirect("/clerk/login?notice=signed-out");
  reply.headers.emplace_back("Set-Cookie", cookie(site, kSessionCookie, "", true));
  return reply;
}

Reply desk_page(Site& site, const Request& request) {
  if (request.path != "/clerk/") return error_page(404, "Không tìm thấy trang", "Địa chỉ này không có trên bàn làm việc.");
  Result<std::vector<store::DocumentInfo>> documents =
      site.with_library([](const store::Library& library) { return library.documents(); });
  if (!documents.is_ok()) return internal_error(documents.status());

  render::Desk page = desk_frame(request, "Bàn làm việc");
  render::DeskSection upload_section{"Tải văn bản lên", "tai-len"};
  upload_section.paragraphs.push_back(
      "Chọn một hoặc nhiều tệp (.docx, .doc, .txt, .pdf, .rtf, .html). Mỗi tệp được đọc, tách cấu trúc và lưu "
      "thành bản nháp; người dân chưa thấy cho đến khi công bố.");
  render::DeskForm form{"/clerk/upload", "Tải lên", true, false, {csrf_field(request)}};
  form.fields.push_back({.name = "files", .label = "Tệp văn bản", .type = "file",
                         .hint = "Tối đa 20 tệp, tổng cộng 32 MB mỗi lần.", .required = true, .multiple = true});
  upload_section.forms.push_back(std::move(form));
  page.sections.push_back(std::move(upload_section));

  render::DeskSection list{"Văn bản trong thư viện", "van-ban"};
  std::vector<store::DocumentInfo> newest_first = std::move(documents).value();
  std::reverse(newest_first.begin(), newest_first.end());
  const auto drafts = std::count_if(newest_first.begin(), newest_first.end(), [](const auto& d) {
    return d.state != store::Publication::Published || d.published_version != d.versions;
  });
  list.paragraphs.push_back(std::to_string(newest_first.size()) + " văn bản, " + std::to_string(drafts) +
                            " đang chờ công bố hoặc đã gỡ. Văn bản mới nhất ở trên.");
  render::DeskTable table{"", {"Trích yếu", "Số", "Loại", "Ngày", "Tình trạng", "Phiên bản"}, {}};
  for (const store::DocumentInfo& info : newest_first) {
    table.rows.push_back({{info.title.empty() ? info.work_uri : info.title, "/clerk/documents/" + std::to_string(info.id)},
                          {info.number, ""},
                          {info.type, ""},
                          {info.date, ""},
                          {state_label(info), ""},
                          {std::to_string(info.versions), ""}});
  }
  list.tables.push_back(std::move(table));
  page.sections.push_back(std::move(list));
  return desk_reply(page);
}

Reply upload(Site& site, const Request& request) {
  std::vector<Upload> files;
  for (const Upload& file : request.files)
    if (file.field == "files" && !(file.filename.empty() && file.bytes.empty())) files.push_back(file);
  render::Desk page = desk_frame(request, "Kết quả tải lên");
  if (files.empty()) {
    page.error = "Chưa chọn tệp nào.";
    return desk_reply(page, 400);
  }
  const std::vector<Stored> stored = store_uploads(site, files, request.session->user, 0);
  if (stored.size() == 1 && stored.front().status.is_ok()) {
    const Stored& only = stored.front();
    const bool unchanged = only.added.outcome == store::AddOutcome::Unchanged;
    return redirect("/clerk/documents/" + std::to_string(only.added.document.id) +
                    (unchanged ? "?notice=unchanged" : "?notice=uploaded"));
  }
  render::DeskSection section{"Các tệp đã gửi", "ket-qua"};
  render::DeskTable table{"", {"Tệp", "Kết quả", "Văn bản"}, {}};
  bool any_ok = false;
  for (const Stored& one : stored) {
    if (one.status.is_ok()) {
      any_ok = true;
      const std::string outcome = one.added.outcome == store::AddOutcome::Unchanged ? "Đã có, không đổi"
                                  : one.added.outcome == store::AddOutcome::NewVersion ? "Phiên bản mới (nháp)"
                                                                                      : "Đã lưu bản nháp";
      table.rows.push_back({{one.filename, ""}, {outcome, ""},
                            {one.added.document.title, "/clerk/documents/" + std::to_string(one.added.document.id)}});
    } else {
      table.rows.push_back({{one.filename, ""}, {"Không đọc được: " + one.status.message(), ""}, {"", ""}});
    }
  }
  section.tables.push_back(std::move(table));
  page.sections.push_back(std::move(section));
  if (!any_ok) page.error = "Không lưu được tệp nào.";
  return desk_reply(page, any_ok ? 200 : 400);
}

Reply audit_page(Site& site, const Request& request) {
  Result<std::vector<store::AuditEntry>> entries =
      site.with_library([](const store::Library& library) { return library.audit(0, kAuditRows); });
  if (!entries.is_ok()) return internal_error(entries.status());
  render::Desk page = desk_frame(request, "Nhật ký thao tác");
  render::DeskSection section{"Các thao tác gần nhất", "nhat-ky"};
  section.paragraphs.push_back("Mọi thay đổi trong thư viện, mới nhất ở trên (" + std::to_string(kAuditRows) +
                               " dòng gần nhất). Nhật ký chỉ được ghi thêm, không sửa, không xoá. Giờ theo UTC.");
  render::DeskTable table{"", {"Lúc", "Ai", "Thao tác", "Văn bản", "Chi tiết"}, {}};
  for (const store::AuditEntry& entry : entries.value()) {
    const std::string href = entry.document_id == 0 ? "" : "/clerk/documents/" + std::to_string(entry.document_id);
    table.rows.push_back({{entry.at, ""}, {entry.who, ""}, {entry.action, ""},
                          {entry.title.empty() ? entry.work_uri : entry.title, href}, {entry.detail, ""}});
  }
  section.tables.push_back(std::move(table));
  page.sections.push_back(std::move(section));
  return desk_reply(page);
}

}  // namespace vanthu::server
