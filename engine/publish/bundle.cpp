// SPDX-License-Identifier: Apache-2.0
//
// The bundle a journalist takes away: one zip, readable offline, that can be cited and verified.
//
//   index.html                      the documents, with an offline search (search.js, search-data.js)
//   manifest.json                   FRBR URI, title, number, dates of each document; path, size, SHA-256 of every file
//   documents/<uri path>/index.html the page (CSS inlined), document.pdf, document.xml, original.<format>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <Poco/Exception.h>
#include <Poco/Zip/Compress.h>

#include "ingest/ingest.h"
#include "publish/items.h"
#include "publish/publish.h"

namespace vanthu::publish {
namespace {

constexpr std::string_view kDocuments = "documents/";

struct File {
  std::string path;
  std::string bytes;
};

std::string folder_of(const Item& item) { return std::string(kDocuments) + item.path; }

std::string original_name(const Item& item) {
  return "original." + (item.version.format.empty() ? std::string("bin") : item.version.format);
}

// Each file once: its path, size and SHA-256 as the manifest lists it.
std::map<std::string, std::string> file_entries(const std::vector<File>& files) {
  std::map<std::string, std::string> entries;
  for (const File& file : files) {
    entries.emplace(file.path, "{\"path\":" + json_quote(file.path) + ",\"bytes\":" + std::to_string(file.bytes.size()) +
                                   ",\"sha256\":\"" + ingest::sha256_hex(file.bytes) + "\"}");
  }
  return entries;
}

std::string manifest(const BundleRequest& request, const std::vector<Item>& items, const std::vector<Rendered>& rendered,
                     const std::vector<File>& files) {
  const std::map<std::string, std::string> entries = file_entries(files);
  std::string out = "{\n\"generator\":\"vanthu\",\n\"created\":\"" + utc_now() + "\",\n\"selection\":" +
                    json_quote(request.selection) + ",\n\"documents\":[\n";
  bool first = true;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (!rendered[i].status.is_ok()) continue;
    const Item& item = items[i];
    const std::string folder = folder_of(item);
    if (!first) out += ",\n";
    first = false;
    out += "{\"uri\":" + json_quote(item.info.work_uri) + ",\"title\":" + json_quote(item.info.title) +
           ",\"number\":" + json_quote(item.info.number) + ",\"type\":" + json_quote(item.info.type) +
           ",\"issuer\":" + json_quote(item.info.issuer) + ",\"date\":" + json_quote(item.info.date) +
           ",\"version\":" + std::to_string(item.version.number) + ",\"stored\":" + json_quote(item.version.created_at) +
           ",\"source\":" + json_quote(item.version.source_name) + ",\"files\":{\"html\":" +
           entries.at(folder + "/index.html") + ",\"pdf\":" + entries.at(folder + "/document.pdf") +
           ",\"xml\":" + entries.at(folder + "/document.xml") +
           ",\"original\":" + entries.at(folder + "/" + original_name(item)) + "}}";
  }
  out += "\n],\n\"files\":[\n";
  for (std::size_t i = 0; i < files.size(); ++i) out += (i > 0 ? ",\n" : "") + entries.at(files[i].path);
  out += "\n]\n}\n";
  return out;
}

Result<std::string> zip_bytes(const std::vector<File>& files) {
  try {
    std::ostringstream out(std::ios::binary);
    Poco::Zip::Compress compress(out, /*seekableOut=*/true);
    for (const File& file : files) {
      std::istringstream in(file.bytes, std::ios::binary);
      // PDFs are compressed already; storing them saves time and no space.
      const bool stored = file.path.ends_with(".pdf");
      compress.addFile(in, Poco::DateTime(), Poco::Path(file.path, Poco::Path::PATH_UNIX),
                       stored ? Poco::Zip::ZipCommon::CM_STORE : Poco::Zip::ZipCommon::CM_DEFLATE,
                       Poco::Zip::ZipCommon::CL_NORMAL);
    }
    compress.close();
    return out.str();
  } catch (const Poco::Exception& error) {
    return Status::io_error("zip: " + error.displayText());
  }
}

}  // namespace

std::vector<std::string> uris_in_list(std::string_view text) {
  std::vector<std::string> uris;
  while (!text.empty()) {
    const auto newline = text.find('\n');
    std::string_view line = text.substr(0, newline);
    text.remove_prefix(newline == std::string_view::npos ? text.size() : newline + 1);
    const auto first = line.find_first_not_of(" \t\r");
    if (first == std::string_view::npos || line[first] == '#') continue;
    line = line.substr(first, line.find_last_not_of(" \t\r") - first + 1);
    if (const auto akn = line.find("/akn/"); akn != std::string_view::npos) line.remove_prefix(akn);
    uris.emplace_back(line);
  }
  return uris;
}

Result<Bundle> bundle(const store::Library& library, const BundleRequest& request) {
  if (Status ready = render::ready(); !ready.is_ok()) return ready;
  Report report;
  Result<std::vector<Item>> found = published_items(library, &request.uris, report.problems);
  if (!found.is_ok()) return found.status();
  const std::vector<Item>& items = found.value();
  if (items.empty()) {
    return Status::invalid_argument("nothing to export: none of the " + std::to_string(request.uris.size()) +
                                    " documents asked for is published in the library");
  }
  std::map<std::string, std::string> folder_by_number;  // citations between documents of the bundle link
  for (const Item& item : items)
    if (!item.info.number.empty()) folder_by_number.emplace(item.info.number, folder_of(item));
  std::vector<Rendered> rendered = render_all(library, items, [&](const Item& item) {
    const std::string folder = folder_of(item);
    render::HtmlOptions options;
    options.pdf_href = "document.pdf";
    options.xml_href = "document.xml";
    options.original_href = original_name(item);
    options.status = "Đã công bố";
    options.home_href = relative_href(folder, "index.html");
    options.resolve = [folder, &folder_by_number](std::string_view number) {
      const auto other = folder_by_number.find(std::string(number));
      return other == folder_by_number.end() ? std::string() : relative_href(folder, other->second + "/index.html");
    };
    return options;
  });

  std::vector<File> files;
  render::Listing index;
  index.title = "Bộ văn bản (" + std::to_string(items.size()) + " văn bản)";
  index.description = "Xuất từ thư viện vanthu ngày " + utc_now().substr(0, 10) + ". " + request.selection +
                      ". Mỗi văn bản có trang đọc, PDF, XML Akoma Ntoso và bản gốc; manifest.json ghi SHA-256 của mọi tệp.";
  index.search_script_href = "search.js";
  index.search_data_href = "search-data.js";
  render::ListingGroup group{"Văn bản", "van-ban", {}};
  for (std::size_t i = 0; i < items.size(); ++i) {
    const Item& item = items[i];
    Rendered& out = rendered[i];
    if (!out.status.is_ok()) {
      report.problems.push_back(out.status.message());
      continue;
    }
    Result<std::string> original = library.original(item.version);
    if (!original.is_ok()) {
      report.problems.push_back(item.info.work_uri + ": " + original.status().message());
      out.status = original.status();
      continue;
    }
    const std::string folder = folder_of(item);
    files.push_back({folder + "/index.html", std::move(out.html)});
    files.push_back({folder + "/document.pdf", std::move(out.pdf)});
    files.push_back({folder + "/document.xml", std::move(out.xml)});
    files.push_back({folder + "/" + original_name(item), std::move(original).value()});
    for (const std::string& warning : out.warnings) report.problems.push_back(warning);
    group.entries.push_back({folder + "/index.html", item.info.title, item.info.number, item.info.type,
                             item.info.issuer, item.info.date});
    ++report.documents;
  }
  if (report.documents == 0) return Status::internal("nothing to export: every document failed to render");
  index.groups.push_back(std::move(group));
  Result<render::Page> page = render::listing(index);
  if (!page.is_ok()) return page.status();
  Result<std::string> script = render::search_script();
  if (!script.is_ok()) return script.status();
  files.push_back({"index.html", std::move(page->html)});
  files.push_back({"search.js", std::move(script).value()});
  files.push_back({"search-data.js", search_data(items, rendered, [](const Item& item) {
                     return folder_of(item) + "/index.html";
                   })});
  const std::string manifest_json = manifest(request, items, rendered, files);
  files.push_back({"manifest.json", manifest_json});
  report.files = files.size();

  Result<std::string> bytes = zip_bytes(files);
  if (!bytes.is_ok()) return bytes.status();
  return Bundle{std::move(bytes).value(), std::move(report)};
}

Result<Report> export_bundle(const store::Library& library, const BundleRequest& request,
                             const std::filesystem::path& zip) {
  Result<Bundle> made = bundle(library, request);
  if (!made.is_ok()) return made.status();
  if (Status written = write_file_atomic(zip, made->zip); !written.is_ok()) return written;
  return std::move(made->report);
}

}  // namespace vanthu::publish
