// SPDX-License-Identifier: Apache-2.0
//
// Pages that list documents: the listing is built as a small XML tree (so every title and name is a text node or
// an attribute value, escaped by the serializer) and drawn by templates/html/listing.xsl.
#include <algorithm>
#include <cstdio>
#include <string>

#include <libxml/tree.h>

#include "render/render.h"
#include "render/templates.h"
#include "render/xml_tree.h"
#include "render/xslt.h"

namespace vanthu::render {
namespace {

// Colours a reader tells apart, also in grey print; enough for five types and "Khác".
constexpr const char* kPalette[] = {"#0b5394", "#e69138", "#6aa84f", "#a64d79", "#3d85c6", "#999999"};

// The chart's geometry is worked out here, so the template only draws rectangles and labels.
void add_chart(xmlNode* root, const YearChart& chart) {
  if (chart.years.empty() || chart.series.empty()) return;
  constexpr double kWidth = 640, kHeight = 240, kLeft = 36, kBottom = 28, kTop = 12, kRight = 8;
  std::size_t highest = 1;
  for (std::size_t y = 0; y < chart.years.size(); ++y) {
    std::size_t total = 0;
    for (const auto& counts : chart.counts) total += y < counts.size() ? counts[y] : 0;
    highest = std::max(highest, total);
  }
  const double slot = (kWidth - kLeft - kRight) / static_cast<double>(chart.years.size());
  const double scale = (kHeight - kTop - kBottom) / static_cast<double>(highest);
  const auto number = [](double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", value);
    return std::string(text);
  };
  xmlNode* node = add_child(root, "chart", {{"title", chart.title}, {"width", number(kWidth)}, {"height", number(kHeight)}});
  // The axis: 0 and the highest total.
  add_child(node, "label", {{"x", number(kLeft - 4)}, {"y", number(kHeight - kBottom)}, {"anchor", "end"}, {"text", "0"}});
  add_child(node, "label", {{"x", number(kLeft - 4)}, {"y", number(kTop + 8)}, {"anchor", "end"},
                            {"text", std::to_string(highest)}});
  add_child(node, "line", {{"x1", number(kLeft)}, {"x2", number(kWidth - kRight)}, {"y1", number(kHeight - kBottom)},
                           {"y2", number(kHeight - kBottom)}});
  const std::size_t label_every = chart.years.size() > 16 ? 2 : 1;
  for (std::size_t y = 0; y < chart.years.size(); ++y) {
    const double x = kLeft + slot * static_cast<double>(y);
    double base = kHeight - kBottom;
    for (std::size_t s = 0; s < chart.series.size(); ++s) {
      const std::size_t count = y < chart.counts[s].size() ? chart.counts[s][y] : 0;
      if (count == 0) continue;
      const double height = scale * static_cast<double>(count);
      base -= height;
      add_child(node, "bar", {{"x", number(x + slot * 0.15)}, {"y", number(base)}, {"width", number(slot * 0.7)},
                              {"height", number(height)}, {"fill", kPalette[std::min<std::size_t>(s, 5)]},
                              {"text", chart.years[y] + " – " + chart.series[s] + ": " + std::to_string(count)}});
    }
    if (y % label_every == 0) {
      add_child(node, "label", {{"x", number(x + slot / 2)}, {"y", number(kHeight - kBottom + 16)}, {"anchor", "middle"},
                                {"text", chart.years[y]}});
    }
  }
  for (std::size_t s = 0; s < chart.series.size(); ++s) {
    std::size_t total = 0;
    for (const std::size_t count : chart.counts[s]) total += count;
    add_child(node, "legend", {{"fill", kPalette[std::min<std::size_t>(s, 5)]}, {"label", chart.series[s]},
                               {"count", std::to_string(total)}});
  }
}

}  // namespace

Result<Page> listing(const Listing& listing) {
  Result<const Templates*> loaded = templates();
  if (!loaded.is_ok()) return loaded.status();
  const Templates& templates = *loaded.value();

  DocPtr doc = new_tree("listing");
  xmlNode* root = xmlDocGetRootElement(doc.get());
  set_attributes(root, {{"title", listing.title},
                        {"description", listing.description},
                        {"home", listing.home_href},
                        {"stylesheet", listing.stylesheet_href},
                        {"feed", listing.feed_href},
                        {"search-script", listing.search_script_href},
                        {"search-data", listing.search_data_href},
                        {"search-action", listing.search_action}});
  for (const auto& [label, href] : listing.links) add_child(root, "link", {{"label", label}, {"href", href}});
  add_chart(root, listing.chart);
  for (const BrowseList& list : listing.browse) {
    xmlNode* node = add_child(root, "browse", {{"heading", list.heading}, {"id", list.id}});
    for (const BrowseEntry& entry : list.entries) {
      add_child(node, "entry", {{"label", entry.label}, {"count", std::to_string(entry.count)}, {"href", entry.href}});
    }
  }
  for (const ListingGroup& group : listing.groups) {
    xmlNode* node = add_child(root, "group", {{"heading", group.heading}, {"id", group.id}});
    for (const ListingEntry& entry : group.entries) {
      add_child(node, "document", {{"href", entry.href}, {"title", entry.title}, {"number", entry.number},
                                   {"type", entry.type}, {"issuer", entry.issuer}, {"date", entry.date}});
    }
  }
  return transform(templates.listing, doc.get(),
                                       {{"css", listing.stylesheet_href.empty() ? templates.css : std::string()}});
}

}  // namespace vanthu::render
