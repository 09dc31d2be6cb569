// SPDX-License-Identifier: Apache-2.0
//
// Private to engine/ingest: bounded read access to a zip archive held in memory (.docx, and whatever else comes
// in a zip). It lists the entries and reads one entry by name into memory; it never extracts anything to disk,
// so entry names are only ever compared, never used as paths.
//
// Contracts:
// - Never throws; Poco exceptions are caught inside. Messages start with the source name given to open().
// - The central directory is the index: it is read here, with every offset and size checked against the bytes,
//   and it stops at Limits::max_zip_entries. A file without a complete end-of-central-directory record (a zip cut
//   short) is Status::corrupt saying so.
// - Entry names with "..", a leading '/', a drive letter, a backslash or a NUL byte are refused: listed in
//   warnings(), never in entries(), never read. Duplicate names make the whole archive ambiguous and are an error.
// - Sizes in headers are claims. read() counts the bytes it actually inflates and stops as soon as the entry, or
//   all entries read so far together, pass Limits::max_zip_expanded_bytes, or the entry passes
//   Limits::max_zip_ratio (expanded / compressed; checked once an entry has expanded past 1 MiB, because small
//   entries of repeated bytes compress beyond any ratio and cannot hurt). The error names the limit.
// - Non-owning: a ZipReader keeps a view of the bytes, which must outlive it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/base.h"
#include "ingest/ingest.h"

namespace vanthu::ingest {

// True when bytes start like a zip archive (a local file header, or the end record of an empty archive).
bool has_zip_signature(std::string_view bytes);

struct ZipEntry {
  std::string name;                // as stored: '/'-separated, UTF-8 for modern writers
  std::uint64_t compressed_size = 0;
  std::uint64_t size = 0;          // declared expanded size: a claim, checked while reading
  std::uint32_t crc32 = 0;
  std::uint16_t method = 0;        // 0 stored, 8 deflated; others are refused when read
  std::uint16_t flags = 0;         // general purpose bits (bit 0: encrypted)
  std::uint64_t local_header_offset = 0;
};

class ZipReader {
public:
  // Reads the central directory. Corrupt for a truncated or inconsistent archive, InvalidArgument for bytes that
  // are no zip at all, Unsupported for zip64 and multi-disk archives, InvalidArgument naming max_zip_entries when
  // there are too many entries.
  static Result<ZipReader> open(std::string_view source, std::string_view bytes, const Limits& limits);

  // Files in central-directory order (directories, whose names end in '/', are left out).
  const std::vector<ZipEntry>& entries() const { return m_entries; }
  const ZipEntry* find(std::string_view name) const;
  bool contains(std::string_view name) const { return find(name) != nullptr; }

  // One line per refused entry, each naming it and why.
  const std::vector<std::string>& warnings() const { return m_warnings; }

  // The expanded bytes of the entry called name (exact, case-sensitive match). NotFound when there is none;
  // InvalidArgument naming the limit that stopped it; Corrupt for a broken entry (bad local header, CRC or size
  // mismatch, inflate error); Unsupported for encryption and compression methods other than stored and deflate.
  // Bytes inflated count toward the archive-wide budget even when the read fails.
  Result<std::string> read(std::string_view name);

  // Expanded bytes read so far, all entries together.
  std::uint64_t expanded_total() const { return m_expanded_total; }

private:
  ZipReader(std::string_view source, std::string_view bytes, const Limits& limits)
      : m_source(source), m_bytes(bytes), m_limits(limits) {}

  Status read_directory();
  Result<std::string> inflate(const ZipEntry& entry);
  Status error(StatusCode code, std::string_view what) const;

  std::string m_source;
  std::string_view m_bytes;
  Limits m_limits;
  std::vector<ZipEntry> m_entries;
  std::vector<std::string> m_warnings;
  std::uint64_t m_expanded_total = 0;
};

}  // namespace vanthu::ingest
