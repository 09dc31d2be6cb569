// SPDX-License-Identifier: Apache-2.0
//
// The entry points: size limits, format detection, the reader, then the shared clean-up.
#include <algorithm>
#include <exception>
#include <filesystem>
#include <string>
#include <system_error>

#include "ingest/reader.h"

namespace vanthu::ingest {

Result<Extracted> read_bytes(std::string_view name, std::string_view bytes, const Limits& limits) {
  const std::string source(name);
  if (bytes.empty()) return Status::invalid_argument(source + ": the file is empty");
  if (bytes.size() > limits.max_file_bytes) {
    return Status::invalid_argument(source + ": the file is " + std::to_string(bytes.size() >> 20) +
                                    " MB, larger than the " + std::to_string(limits.max_file_bytes >> 20) +
                                    " MB vanthu reads");
  }
  Extracted out;
  out.source = source;
  out.format = detect_format(name, bytes).value_or(Format::Txt);
  out.byte_size = bytes.size();
  const ReaderInput input{name, bytes, limits};
  // The module's boundary for what the readers' libraries may throw (Poco, poppler, std::bad_alloc): one place,
  // for every reader.
  try {
    if (Status status = reader_for(out.format)(input, out); !status.is_ok()) return status;
  } catch (const std::exception& error) {
    return Status::internal(source + ": reading the " + std::string(format_name(out.format)) +
                            " file failed: " + error.what());
  }
  if (out.format != Format::Akn) {
    remove_gazette_artefacts(out);
    if (out.format == Format::Txt || out.format == Format::Pdf) rejoin_hard_wraps(out);
    if (out.paragraphs.empty()) {
      return Status::invalid_argument(source + ": no text found in this " + std::string(format_name(out.format)) +
                                      " file");
    }
  }
  out.sha256 = sha256_hex(bytes);
  return out;
}

Result<Extracted> read_file(const std::filesystem::path& path, const Limits& limits) {
  std::error_code error;
  const auto status = std::filesystem::status(path, error);
  if (error || !std::filesystem::exists(status)) return Status::not_found(path.string() + ": no such file");
  if (std::filesystem::is_directory(status)) return Status::invalid_argument(path.string() + ": is a folder, not a file");
  const auto size = std::filesystem::file_size(path, error);
  if (!error && size > limits.max_file_bytes) {
    // Refused before reading: a 100 MB file costs nothing to turn away.
    return Status::invalid_argument(path.string() + ": the file is " + std::to_string(size >> 20) +
                                    " MB, larger than the " + std::to_string(limits.max_file_bytes >> 20) +
                                    " MB vanthu reads");
  }
  Result<std::string> bytes = vanthu::read_file(path);
  if (!bytes.is_ok()) return bytes.status();
  return read_bytes(path.string(), bytes.value(), limits);
}

void record_running_header(Extracted& out, std::string_view text) {
  std::string header;
  for (const char c : text) {
    const bool blank = c == ' ' || c == '\t' || c == '\n';
    if (blank && (header.empty() || header.back() == ' ')) continue;
    header += blank ? ' ' : c;
  }
  if (!header.empty() && header.back() == ' ') header.pop_back();
  // A page number ("2", "- 2 -") is not a header worth recording.
  const bool has_letter = std::any_of(header.begin(), header.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
  });
  std::vector<std::string>& headers = out.running_headers;
  if (has_letter && std::find(headers.begin(), headers.end(), header) == headers.end()) headers.push_back(header);
}

void add_paragraph(Extracted& out, Paragraph paragraph) {
  // The layout is copied per line, the text never: a reader may hand over a long text with many line breaks.
  const std::string text = std::move(paragraph.text);
  paragraph.text.clear();
  std::string_view rest = text;
  while (true) {
    const auto newline = rest.find('\n');
    const std::string_view line = rest.substr(0, newline);
    std::string clean;
    clean.reserve(line.size());
    bool space = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
      const char c = line[i];
      const bool is_space = c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
      // No-break space (U+00A0) counts as space: PDF and HTML sources are full of it.
      const bool nbsp = c == '\xC2' && i + 1 < line.size() && line[i + 1] == '\xA0';
      if (is_space || nbsp) {
        if (nbsp) ++i;
        space = !clean.empty();
        continue;
      }
      if (space) clean += ' ';
      space = false;
      clean += c;
    }
    if (!clean.empty() && out.paragraphs.size() < 2'000'000) {
      Paragraph piece = paragraph;
      piece.text = std::move(clean);
      out.paragraphs.push_back(std::move(piece));
    }
    if (newline == std::string_view::npos) break;
    rest.remove_prefix(newline + 1);
  }
}

}  // namespace vanthu::ingest
