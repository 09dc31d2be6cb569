// SPDX-License-Identifier: Apache-2.0
//
// One document on the clerks' desk: its review (the parsed result: metadata to correct, structure outline,
// warnings, versions, its audit trail), a preview of its newest version, and the actions on it: correct metadata,
// publish, unpublish with a reason, upload a new version.
#include <array>
#include <charconv>

#include "model/model.h"
#include "server/editor.h"
#include "server/handlers.h"

namespace vanthu::server {
namespace {

constexpr std::string_view kPrefix = "/clerk/documents/";

// "/clerk/documents/12/publish" → (12, "publish"); id 0 when the path names no document.
std::pair<std::int64_t, std::string> document_path(std::string_view path) {
  path.remove_prefix(kPrefix.size());
  const auto slash = path.find('/');
  const std::string_view digits = path.substr(0, slash);
  std::int64_t id = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), id);
  if (error != std::errc() || end != digits.data() + digits.size() || id <= 0) return {0, ""};
  return {id, slash == std::string_view::npos ? std::string() : std::string(path.substr(slash + 1))};
}

Reply no_document() {
  return error_page(404, "Không tìm thấy văn bản", "Thư viện không có văn bản này.");
}

// What the review shows, read in one go under the site's lock.
struct Review {
  store::DocumentInfo info;
  std::vector<store::VersionInfo> versions;
  std::string xml;  // the newest version's canonical XML
  std::vector<store::AuditEntry> audit;
};

Result<std::optional<Review>> read_review(Site& site, std::int64_t id) {
  return site.with_library([&](const store::Library& library) -> Result<std::optional<Review>> {
    Result<std::optional<store::DocumentInfo>> info = library.document_by_id(id);
    if (!info.is_ok()) return info.status();
    if (!info.value()) return std::optional<Review>();
    Review review;
    review.info = *info.value();
    Result<std::vector<store::VersionInfo>> versions = library.versions(id);
    if (!versions.is_ok()) return versions.status();
    review.versions = std::move(versions).value();
    if (review.versions.empty()) return Status::corrupt(review.info.work_uri + ": a document without versions");
    Result<std::string> xml = library.xml(review.versions.back());
    if (!xml.is_ok()) return xml.status();
    review.xml = std::move(xml).value();
    Result<std::vector<store::AuditEntry>> audit = library.audit(id, 100);
    if (!audit.is_ok()) return audit.status();
    review.audit = std::move(audit).value();
    return std::optional<Review>(std::move(review));
  });
}

bool newest_is_public(const store::DocumentInfo& info) {
  return info.state == store::Publication::Published && info.published_version == info.versions;
}

// The outline a clerk checks the parse against: Phần, Chương, Mục, Điều (and a minutes' agenda items), then the
// appendices, each linking to its place in the preview.
void outline(const std::vector<model::Node>& nodes, int level, const std::string& preview,
             std::vector<render::DeskOutlineItem>& out) {
  for (const model::Node& node : nodes) {
    using model::NodeKind;
    const bool container = node.kind == NodeKind::Part || node.kind == NodeKind::Chapter ||
                           node.kind == NodeKind::Section || node.kind == NodeKind::Subsection;
    const bool shown = container || node.kind == NodeKind::Article || node.kind == NodeKind::DebateSection;
    if (!shown) continue;
    std::string label = node.num;
    if (!node.heading.empty()) {
      // "Điều 5" + ". " + heading, but "I." + " " + heading: the number keeps its own punctuation.
      const bool punctuated = !label.empty() && (label.back() == '.' || label.back() == ')');
      label += (label.empty() ? "" : punctuated ? " " : ". ") + node.heading;
    }
    if (label.empty()) continue;  // a minutes' opening part has neither number nor title
    out.push_back({std::min(level, 2), label, node.eid.empty() ? "" : preview + "#" + node.eid});
    if (container) outline(node.children, level + 1, preview, out);
  }
}

render::DeskForm metadata_form(const Request& request, const model::Metadata& meta, std::int64_t id) {
  render::DeskForm form{"/clerk/documents/" + std::to_string(id) + "/metadata", "Lưu thông tin", false, false,
                        {csrf_field(request)}};
  // After a refused correction the form shows what the clerk typed, not what is stored.
  const auto typed = [&](const char* name, const std::string& stored) {
    return request.method == "POST" ? request.field(name) : stored;
  };
  form.fields.push_back({.name = "type", .label = "Loại văn bản", .value = typed("type", meta.type),
                         .hint = "Ví dụ: Quyết định, Biên bản"});
  form.fields.push_back({.name = "number", .label = "Số, ký hiệu", .value = typed("number", meta.number),
                         .hint = "Ví dụ: 12/QĐ-UBND"});
  form.fields.push_back({.name = "issuer", .label = "Cơ quan ban hành", .value = typed("issuer", meta.issuer)});
  form.fields.push_back({.name = "place", .label = "Địa danh", .value = typed("place", meta.place)});
  form.fields.push_back({.name = "date", .label = "Ngày ban hành", .type = "date", .value = typed("date", meta.date)});
  form.fields.push_back({.name = "title", .label = "Trích yếu", .type = "textarea", .value = typed("title", meta.title),
                         .required = true});
  return form;
}

Reply review(Site& site, const Request& request, std::int64_t id, int status, const std::string& error) {
  Result<std::optional<Review>> read = read_review(site, id);
  if (!read.is_ok()) return internal_error(read.status());
  if (!read.value()) return no_document();
  const Review& r = *read.value();
  Result<model::Document> parsed = model::from_akn(r.info.work_uri, r.xml);
  if (!parsed.is_ok()) return internal_error(parsed.status());
  const model::Document& document = parsed.value();
  const std::string base = "/clerk/documents/" + std::to_string(id);

  render::Desk page = desk_frame(request, r.info.title.empty() ? r.info.work_uri : r.info.title);
  page.error = error;

  render::DeskSection facts{"Tình trạng", "tinh-trang"};
  const int newest = r.versions.back().number;
  std::string state;
  switch (r.info.state) {
    case store::Publication::Draft: state = "Bản nháp: người dân chưa thấy"; break;
    case store::Publication::Published:
      state = "Đã công bố phiên bản " + std::to_string(r.info.published_version);
      if (!newest_is_public(r.info)) state += "; phiên bản " + std::to_string(newest) + " là bản nháp";
      break;
    case store::Publication::Unpublished: state = "Đã gỡ khỏi trang công khai"; break;
  }
  facts.facts = {{"Tình trạng", state},
                 {"Địa chỉ", r.info.work_uri},
                 {"Tệp gốc", r.versions.back().source_name + " (" + r.versions.back().format + ")"},
                 {"Mã hoá", document.meta.source_encoding}};
  facts.tables.push_back({"", {"Xem"}, {{{"Xem trước phiên bản " + std::to_string(newest), base + "/preview"}}}});
  if (r.info.state == store::Publication::Published)
    facts.tables.back().rows.push_back({{"Trang công khai", r.info.work_uri}});
  page.sections.push_back(std::move(facts));

  render::DeskSection meta{"Thông tin văn bản", "thong-tin"};
  if (newest_is_public(r.info)) {
    meta.paragraphs.push_back("Phiên bản đang công bố không sửa trực tiếp. Muốn sửa, tải lên phiên bản mới "
                              "hoặc gỡ văn bản rồi tải lại.");
    meta.facts = {{"Loại", document.meta.type}, {"Số", document.meta.number}, {"Cơ quan", document.meta.issuer},
                  {"Địa danh", document.meta.place}, {"Ngày", document.meta.date}, {"Trích yếu", document.meta.title}};
  } else {
    meta.paragraphs.push_back("Đây là những gì máy đọc được từ tệp. Sửa chỗ đọc sai rồi lưu; địa chỉ của văn bản "
                              "đổi theo số, ngày và loại.");
    meta.forms.push_back(metadata_form(request, document.meta, id));
  }
  page.sections.push_back(std::move(meta));

  render::DeskSection warnings{"Cảnh báo khi đọc tệp", "canh-bao"};
  warnings.warnings = document.warnings;
  if (document.warnings.empty()) warnings.paragraphs.push_back("Không có cảnh báo.");
  page.sections.push_back(std::move(warnings));

  render::DeskSection structure{"Cấu trúc", "cau-truc"};
  const model::Counts counts = model::count_structure(document);
  structure.paragraphs.push_back(std::to_string(counts.chapters) + " chương, " + std::to_string(counts.articles) +
                                 " điều, " + std::to_string(counts.clauses) + " khoản, " +
                                 std::to_string(counts.points) + " điểm, " +
                                 std::to_string(document.attachments.size()) + " phụ lục.");
  outline(document.body, 0, base + "/preview", structure.outline);
  for (const model::Attachment& attachment : document.attachments) {
    structure.outline.push_back({0, attachment.heading + (attachment.title.empty() ? "" : ". " + attachment.title),
                                 base + "/preview#" + attachment.eid});
  }
  page.sections.push_back(std::move(structure));

  render::DeskSection actions{"Công bố", "cong-bo"};
  if (!newest_is_public(r.info)) {
    render::DeskForm publish{base + "/publish", "Công bố phiên bản " + std::to_string(newest), false, false,
                             {csrf_field(request)}};
    publish.fields.push_back({.name = "version", .type = "hidden", .value = std::to_string(newest)});
    actions.paragraphs.push_back("Sau khi công bố, văn bản có trên trang công khai, trong tìm kiếm, nguồn tin và "
                                 "sơ đồ trang.");
    actions.forms.push_back(std::move(publish));
  }
  if (r.info.state == store::Publication::Published) {
    render::DeskForm unpublish{base + "/unpublish", "Gỡ khỏi trang công khai", false, true, {csrf_field(request)}};
    unpublish.fields.push_back({.name = "reason", .label = "Lý do gỡ", .type = "textarea",
                                .hint = "Ghi vào nhật ký thao tác.", .required = true});
    actions.forms.push_back(std::move(unpublish));
  }
  page.sections.push_back(std::move(actions));

  render::DeskSection versions{"Phiên bản", "phien-ban"};
  render::DeskTable table{"", {"Phiên bản", "Tệp gốc", "Định dạng", "Lưu lúc (UTC)", "Tình trạng"}, {}};
  for (const store::VersionInfo& version : r.versions) {
    const bool seen = r.info.state == store::Publication::Published && version.number == r.info.published_version;
    table.rows.push_back({{std::to_string(version.number), ""}, {version.source_name, ""}, {version.format, ""},
                          {version.created_at, ""}, {seen ? "Đang công bố" : "", ""}});
  }
  versions.tables.push_back(std::move(table));
  render::DeskForm next{base + "/version", "Tải lên phiên bản mới", true, false, {csrf_field(request)}};
  next.fields.push_back({.name = "file", .label = "Tệp của phiên bản mới", .type = "file",
                         .hint = "Cùng số, ngày và loại văn bản; được lưu là bản nháp.", .required = true});
  versions.forms.push_back(std::move(next));
  page.sections.push_back(std::move(versions));

  render::DeskSection trail{"Nhật ký của văn bản", "nhat-ky"};
  render::DeskTable log{"", {"Lúc", "Ai", "Thao tác", "Chi tiết"}, {}};
  for (const store::AuditEntry& entry : r.audit)
    log.rows.push_back({{entry.at, ""}, {entry.who, ""}, {entry.action, ""}, {entry.detail, ""}});
  trail.tables.push_back(std::move(log));
  page.sections.push_back(std::move(trail));
  return desk_reply(page, status);
}

Reply preview(Site& site, std::int64_t id) {
  Result<std::optional<Review>> read = read_review(site, id);
  if (!read.is_ok()) return internal_error(read.status());
  if (!read.value()) return no_document();
  render::HtmlOptions options;
  options.home_href = "/clerk/documents/" + std::to_string(id);
  options.stylesheet_href = "/vanthu.css";
  options.status = newest_is_public(read.value()->info) ? "Đã công bố" : "Bản nháp (xem trước)";
  Result<render::Page> page = render::html(read.value()->xml, options);
  if (!page.is_ok()) return internal_error(page.status());
  Reply reply;
  reply.body = std::move(page->html);
  reply.headers.emplace_back("Cache-Control", "no-store");
  reply.headers.emplace_back("X-Robots-Tag", "noindex");
  return reply;
}

// A refused action: the review again, with what went wrong, and a status that says whose fault it was.
Reply refused(Site& site, const Request& request, std::int64_t id, const Status& status) {
  int code = 400;
  if (status.code() == StatusCode::NotFound) code = 404;
  if (status.code() == StatusCode::AlreadyExists || status.code() == StatusCode::FailedPrecondition) code = 409;
  if (status.code() == StatusCode::IoError || status.code() == StatusCode::Internal) code = 500;
  return review(site, request, id, code, "Không thực hiện được: " + status.message());
}

Reply correct(Site& site, const Request& request, std::int64_t id) {
  model::Metadata corrected;
  corrected.type = request.field("type");
  corrected.number = request.field("number");
  corrected.issuer = request.field("issuer");
  corrected.place = request.field("place");
  corrected.date = request.field("date");
  corrected.title = request.field("title");
  if (corrected.title.find_first_not_of(" \t\r\n") == std::string::npos)
    return refused(site, request, id, Status::invalid_argument("trích yếu không được để trống"));
  Result<store::DocumentInfo> done = correct_document(site, id, corrected, request.session->user);
  if (!done.is_ok()) return refused(site, request, id, done.status());
  return redirect("/clerk/documents/" + std::to_string(id) + "?notice=corrected");
}

Reply publish(Site& site, const Request& request, std::int64_t id) {
  int version = 0;
  const std::string field = request.field("version");
  std::from_chars(field.data(), field.data() + field.size(), version);
  if (Status done = publish_document(site, id, version, request.session->user); !done.is_ok())
    return refused(site, request, id, done);
  return redirect("/clerk/documents/" + std::to_string(id) + "?notice=published");
}

Reply unpublish(Site& site, const Request& request, std::int64_t id) {
  if (Status done = unpublish_document(site, id, request.field("reason"), request.session->user); !done.is_ok())
    return refused(site, request, id, done);
  return redirect("/clerk/documents/" + std::to_string(id) + "?notice=unpublished");
}

Reply new_version(Site& site, const Request& request, std::int64_t id) {
  std::vector<Upload> files;
  for (const Upload& file : request.files)
    if (file.field == "file" && !file.bytes.empty()) files.push_back(file);
  if (files.size() != 1) return refused(site, request, id, Status::invalid_argument("chọn đúng một tệp"));
  const std::vector<Stored> stored = store_uploads(site, files, request.session->user, id);
  if (!stored.front().status.is_ok()) return refused(site, request, id, stored.front().status);
  const store::AddResult& added = stored.front().added;
  if (added.outcome == store::AddOutcome::Unchanged) {
    return redirect("/clerk/documents/" + std::to_string(added.document.id) + "?notice=unchanged");
  }
  return redirect("/clerk/documents/" + std::to_string(id) + "?notice=version");
}

struct Action {
  std::string_view name;
  Reply (*act)(Site&, const Request&, std::int64_t);
};
constexpr std::array<Action, 4> kActions = {{
    {"metadata", correct},
    {"publish", publish},
    {"unpublish", unpublish},
    {"version", new_version},
}};

}  // namespace

Reply review_page(Site& site, const Request& request) {
  const auto [id, rest] = document_path(request.path);
  if (id == 0) return no_document();
  if (rest.empty()) return review(site, request, id, 200, "");
  if (rest == "preview") return preview(site, id);
  return no_document();
}

Reply document_action(Site& site, const Request& request) {
  const auto [id, rest] = document_path(request.path);
  if (id == 0) return no_document();
  for (const Action& action : kActions)
    if (action.name == rest) return action.act(site, request, id);
  return no_document();
}

}  // namespace vanthu::server
