// SPDX-License-Identifier: Apache-2.0
//
// The static site of the published library, for any web server (or opened from disk):
//
//   index.html                       newest publications, browse links, an offline search over every document
//   theo-loai.html, theo-co-quan.html, theo-nam.html   the documents by type, issuing body and year
//   akn/<uri path>/index.html        each document's page, at its FRBR URI; original.<format> beside it
//   akn/<uri path>.pdf, .xml         its PDF and canonical XML, at the URI plus the extension (ARCHITECTURE.md §8)
//   vanthu.css, search.js, search-data.js, feed.atom, sitemap.xml
//
// Links are relative and name index.html, so the site works under any prefix and from file:// alike.
#include <algorithm>
#include <fstream>
#include <map>
#include <unistd.h>

#include "publish/feeds.h"
#include "publish/items.h"
#include "publish/publish.h"
#include "text/text.h"

namespace vanthu::publish {
namespace fs = std::filesystem;
namespace {

constexpr std::size_t kHomeEntries = 20;

std::string folder_of(const Item& item) { return "akn/" + item.path; }
std::string page_of(const Item& item) { return folder_of(item) + "/index.html"; }
std::string leaf(const Item& item) { return item.path.substr(item.path.rfind('/') + 1); }

render::ListingEntry entry(const Item& item, const std::string& href) {
  return {href, item.info.title, item.info.number, item.info.type, item.info.issuer, item.info.date};
}

// Pages are written into a fresh folder that replaces the site only when complete, so a plain write is enough
// here; the folder is synced before the swap.
Status write_plain(const fs::path& path, const std::string& bytes) {
  std::error_code error;
  fs::create_directories(path.parent_path(), error);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) return Status::io_error(path.string() + ": cannot write");
  return Status::ok();
}

// Groups of documents by one fact (type, issuer, year). Names that differ only in case or marks ("QUỐC HỘI",
// "Quốc hội") are one group, under the first spelling met; groups in Vietnamese order, newest documents first.
std::vector<render::ListingGroup> grouped(const std::vector<const Item*>& items,
                                          const std::function<std::string(const Item&)>& key, const char* unknown) {
  std::map<std::string, std::pair<std::string, std::vector<const Item*>>> groups;  // slug → (heading, items)
  for (const Item* item : items) {
    std::string heading = key(*item);
    if (heading.empty()) heading = unknown;
    auto& group = groups[text::slugify(heading)];
    if (group.first.empty()) group.first = heading;
    group.second.push_back(item);
  }
  std::vector<render::ListingGroup> out;
  for (auto& [slug, group] : groups) {
    auto& [heading, members] = group;
    std::stable_sort(members.begin(), members.end(), [](const Item* a, const Item* b) { return a->info.date > b->info.date; });
    render::ListingGroup listing{heading, "nhom-" + slug, {}};
    for (const Item* item : members) listing.entries.push_back(entry(*item, page_of(*item)));
    out.push_back(std::move(listing));
  }
  std::stable_sort(out.begin(), out.end(), [](const render::ListingGroup& a, const render::ListingGroup& b) {
    return text::sort_key(a.heading) < text::sort_key(b.heading);
  });
  return out;
}

struct Browse {
  const char* file;
  const char* title;
  std::function<std::string(const Item&)> key;
  const char* unknown;
};

const std::vector<Browse>& browse_pages() {
  static const std::vector<Browse> pages = {
      {"theo-loai.html", "Văn bản theo loại", [](const Item& item) { return item.info.type; }, "Chưa rõ loại"},
      {"theo-co-quan.html", "Văn bản theo cơ quan ban hành", [](const Item& item) { return item.info.issuer; },
       "Chưa rõ cơ quan"},
      {"theo-nam.html", "Văn bản theo năm ban hành",
       [](const Item& item) { return item.info.date.size() >= 4 ? item.info.date.substr(0, 4) : std::string(); },
       "Chưa rõ năm"},
  };
  return pages;
}

Status swap_in(const fs::path& fresh, const fs::path& dir) {
  ::sync();  // every page on disk before the new site becomes the site
  std::error_code error;
  const fs::path old = dir.string() + ".old-" + std::to_string(::getpid());
  const bool existed = fs::exists(dir, error);
  if (existed) {
    fs::rename(dir, old, error);
    if (error) return Status::io_error(dir.string() + ": cannot move the old site aside: " + error.message());
  }
  fs::rename(fresh, dir, error);
  if (error) {
    if (existed) fs::rename(old, dir, error);
    return Status::io_error(dir.string() + ": cannot put the new site in place: " + error.message());
  }
  if (existed) fs::remove_all(old, error);
  return Status::ok();
}

}  // namespace

Result<Report> publish_site(const store::Library& library, const fs::path& dir, const SiteOptions& options) {
  std::string base_url = options.base_url;
  if (base_url.empty() || base_url.back() != '/') base_url += '/';
  if (Status ready = render::ready(); !ready.is_ok()) return ready;
  Report report;
  Result<std::vector<Item>> found = published_items(library, nullptr, report.problems);
  if (!found.is_ok()) return found.status();
  const std::vector<Item>& items = found.value();

  std::map<std::string, std::string> page_by_number;
  for (const Item& item : items)
    if (!item.info.number.empty()) page_by_number.emplace(item.info.number, page_of(item));
  std::vector<Rendered> rendered = render_all(library, items, [&](const Item& item) {
    const std::string folder = folder_of(item);
    render::HtmlOptions page;
    page.pdf_href = "../" + leaf(item) + ".pdf";
    page.xml_href = "../" + leaf(item) + ".xml";
    page.original_href = "original." + (item.version.format.empty() ? std::string("bin") : item.version.format);
    page.status = "Đã công bố";
    page.home_href = relative_href(folder, "index.html");
    page.stylesheet_href = relative_href(folder, "vanthu.css");
    page.canonical_url = page_url(base_url, item);
    page.resolve = [folder, &page_by_number](std::string_view number) {
      const auto other = page_by_number.find(std::string(number));
      return other == page_by_number.end() ? std::string() : relative_href(folder, other->second);
    };
    return page;
  });

  const fs::path fresh = dir.string() + ".new-" + std::to_string(::getpid());
  std::error_code error;
  fs::remove_all(fresh, error);
  struct Cleanup {  // a site that failed half-way never stays beside the real one
    const fs::path& path;
    ~Cleanup() {
      std::error_code ignored;
      fs::remove_all(path, ignored);
    }
  } cleanup{fresh};
  const auto write = [&](const std::string& relative, const std::string& bytes) {
    Status status = write_plain(fresh / relative, bytes);
    if (status.is_ok()) ++report.files;
    return status;
  };
  std::vector<const Item*> done;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const Item& item = items[i];
    Rendered& out = rendered[i];
    if (out.status.is_ok()) {
      Result<std::string> original = library.original(item.version);
      if (!original.is_ok()) out.status = original.status();
      else out.status = write(folder_of(item) + "/original." + (item.version.format.empty() ? std::string("bin") : item.version.format),
                              original.value());
    }
    for (const auto& [relative, bytes] : {std::pair<std::string, const std::string*>{page_of(item), &out.html},
                                          {folder_of(item) + ".pdf", &out.pdf},
                                          {folder_of(item) + ".xml", &out.xml}}) {
      if (out.status.is_ok()) out.status = write(relative, *bytes);
    }
    if (!out.status.is_ok()) {
      report.problems.push_back(out.status.message());
      continue;
    }
    for (const std::string& warning : out.warnings) report.problems.push_back(warning);
    done.push_back(&item);
    ++report.documents;
  }

  // Home: the newest publications (done keeps published_items' order, newest first); browse pages; the offline
  // search over everything.
  render::Listing home;
  home.title = "Thư viện văn bản";
  home.description = std::to_string(done.size()) + " văn bản đã công bố. Tìm có dấu hoặc không dấu, hoặc duyệt theo loại, cơ quan ban hành và năm.";
  home.stylesheet_href = "vanthu.css";
  home.feed_href = "feed.atom";
  home.search_script_href = "search.js";
  home.search_data_href = "search-data.js";
  for (const Browse& browse : browse_pages()) home.links.emplace_back(browse.title, browse.file);
  home.links.emplace_back("Văn bản mới (Atom)", "feed.atom");
  render::ListingGroup latest{"Văn bản mới công bố", "moi-cong-bo", {}};
  for (std::size_t i = 0; i < done.size() && i < kHomeEntries; ++i) latest.entries.push_back(entry(*done[i], page_of(*done[i])));
  home.groups.push_back(std::move(latest));
  std::vector<std::pair<std::string, render::Listing>> listings{{"index.html", home}};
  for (const Browse& browse : browse_pages()) {
    render::Listing page;
    page.title = browse.title;
    page.home_href = "index.html";
    page.stylesheet_href = "vanthu.css";
    page.feed_href = "feed.atom";
    for (const Browse& other : browse_pages()) page.links.emplace_back(other.title, other.file);
    page.groups = grouped(done, browse.key, browse.unknown);
    listings.emplace_back(browse.file, std::move(page));
  }
  std::vector<std::string> listed;
  for (const auto& [file, listing] : listings) {
    Result<render::Page> page = render::listing(listing);
    if (!page.is_ok()) return page.status();
    if (Status status = write(file, page->html); !status.is_ok()) return status;
    listed.push_back(file == "index.html" ? std::string() : file);
  }

  Result<std::string> css = render::stylesheet();
  if (!css.is_ok()) return css.status();
  Result<std::string> script = render::search_script();
  if (!script.is_ok()) return script.status();
  std::vector<Item> written;
  std::vector<Rendered> written_rendered;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (!rendered[i].status.is_ok()) continue;
    written.push_back(items[i]);
    written_rendered.push_back(std::move(rendered[i]));
  }
  Result<std::string> feed = atom_feed(
      std::vector<const Item*>(done.begin(), done.begin() + static_cast<std::ptrdiff_t>(std::min(done.size(), options.feed_entries))),
      base_url);
  if (!feed.is_ok()) return feed.status();
  Result<std::string> map = sitemap(written, listed, base_url);
  if (!map.is_ok()) return map.status();
  for (const auto& [file, bytes] : std::vector<std::pair<std::string, std::string>>{
           {"vanthu.css", css.value()},
           {"search.js", script.value()},
           {"search-data.js", search_data(written, written_rendered, page_of)},
           {"feed.atom", feed.value()},
           {"sitemap.xml", map.value()}}) {
    if (Status status = write(file, bytes); !status.is_ok()) return status;
  }
  if (Status swapped = swap_in(fresh, dir); !swapped.is_ok()) return swapped;
  return report;
}

}  // namespace vanthu::publish
