// SPDX-License-Identifier: Apache-2.0
//
// The reader table, and detection of a file's format by its content. The extension only breaks ties the content
// cannot (plain text named .html without markup stays text; a PDF named .txt is still a PDF).
#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "ingest/reader.h"

namespace vanthu::ingest {
namespace {

struct ReaderEntry {
  Format format;
  std::string_view name;
  std::array<std::string_view, 3> extensions;
  ReadFunction read;
};

constexpr std::array<ReaderEntry, 7> kReaders = {{
    {Format::Txt, "txt", {".txt", ".text", ""}, read_txt},
    {Format::Html, "html", {".html", ".htm", ".xhtml"}, read_html},
    {Format::Docx, "docx", {".docx", ".docm", ".dotx"}, read_docx},
    {Format::Doc, "doc", {".doc", ".dot", ""}, read_doc},
    {Format::Rtf, "rtf", {".rtf", "", ""}, read_rtf},
    {Format::Pdf, "pdf", {".pdf", "", ""}, read_pdf},
    {Format::Akn, "akn", {".xml", ".akn", ""}, read_akn},
}};

std::string lower_extension(std::string_view name) {
  const auto slash = name.find_last_of("/\\");
  const std::string_view base = slash == std::string_view::npos ? name : name.substr(slash + 1);
  const auto dot = base.rfind('.');
  if (dot == std::string_view::npos) return "";
  std::string extension(base.substr(dot));
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension;
}

std::string lower_prefix(std::string_view bytes, std::size_t size) {
  std::string out(bytes.substr(0, std::min(size, bytes.size())));
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool starts_with_bytes(std::string_view bytes, std::string_view magic) { return bytes.substr(0, magic.size()) == magic; }

std::string_view skip_bom_and_space(std::string_view bytes) {
  if (starts_with_bytes(bytes, "\xEF\xBB\xBF")) bytes.remove_prefix(3);
  while (!bytes.empty() && std::isspace(static_cast<unsigned char>(bytes.front())) != 0) bytes.remove_prefix(1);
  return bytes;
}

}  // namespace

std::string_view format_name(Format format) {
  for (const ReaderEntry& entry : kReaders) {
    if (entry.format == format) return entry.name;
  }
  return "txt";
}

std::optional<Format> detect_format(std::string_view name, std::string_view bytes) {
  if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) return Format::Pdf;
  if (starts_with_bytes(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) return Format::Doc;  // OLE2 (.doc, .xls, .ppt)
  if (starts_with_bytes(bytes, "PK\x03\x04") || starts_with_bytes(bytes, "PK\x05\x06")) return Format::Docx;
  const std::string_view text = skip_bom_and_space(bytes);
  if (starts_with_bytes(text, "{\\rtf")) return Format::Rtf;
  const std::string head = lower_prefix(text, 4096);
  if (head.starts_with("<")) {
    if (head.find("<akomantoso") != std::string::npos) return Format::Akn;
    if (head.find("<html") != std::string::npos || head.starts_with("<!doctype html") ||
        head.find("<body") != std::string::npos || head.find("<p") != std::string::npos ||
        head.find("<table") != std::string::npos || head.find("<div") != std::string::npos)
      return Format::Html;
    if (head.starts_with("<?xml")) return lower_extension(name) == ".html" ? Format::Html : Format::Akn;
  }
  const std::string extension = lower_extension(name);
  if ((extension == ".html" || extension == ".htm") && head.find('<') != std::string::npos) return Format::Html;
  return Format::Txt;
}

ReadFunction reader_for(Format format) {
  for (const ReaderEntry& entry : kReaders) {
    if (entry.format == format) return entry.read;
  }
  return read_txt;
}

}  // namespace vanthu::ingest
