// SPDX-License-Identifier: Apache-2.0
//
// Private to engine/ingest: a small reader of the Compound File Binary format (OLE2, [MS-CFB]), the container of
// Word 97–2003 .doc, Excel .xls and PowerPoint .ppt files. It lists the streams and reads one stream by name.
//
// Contracts:
// - Never throws. Every offset and size read from the file is checked against the bytes; sector chains are
//   followed with a visited map, so a cycle or a shared sector is an error, not a loop; a stream is never larger
//   than the file. Corrupt input gives Status::corrupt with a message saying which structure is broken.
// - Read-only and non-owning: a CompoundFile keeps a view of the bytes, which must outlive it.
// - Stream names compare case-insensitively (ASCII), as the format asks. Paths of streams inside storages are
//   "Storage/Stream".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/base.h"

namespace vanthu::ingest::ole2 {

// True when bytes start with the compound file signature D0 CF 11 E0 A1 B1 1A E1.
bool has_signature(std::string_view bytes);

// UTF-16LE bytes → UTF-8 (names in the directory, Word's Unicode text). Surrogate pairs are joined; a lone
// surrogate becomes U+FFFD; an odd last byte is ignored.
std::string utf16le_to_utf8(std::string_view bytes);

struct StreamEntry {
  std::string path;        // "WordDocument", "1Table", "ObjectPool/_1234/\x01Ole" (UTF-8)
  std::uint64_t size = 0;  // declared size in bytes
};

class CompoundFile {
public:
  // Parses the header, the FAT (through the header DIFAT and any extra DIFAT sectors), the mini FAT and the
  // directory. Corrupt when any of them is out of bounds or inconsistent; InvalidArgument when the signature is
  // missing.
  static Result<CompoundFile> open(std::string_view bytes);

  // Every stream reachable from the root storage, depth first (storages themselves are not listed).
  const std::vector<StreamEntry>& streams() const { return m_streams; }
  bool has_stream(std::string_view path) const;

  // The whole stream at path. NotFound when there is none; Corrupt when its chain is broken or shorter than its
  // declared size.
  Result<std::string> read_stream(std::string_view path) const;

private:
  struct DirEntry {
    std::string name;
    std::uint8_t type = 0;  // 1 storage, 2 stream, 5 root
    std::uint32_t left = 0, right = 0, child = 0;
    std::uint32_t start = 0;
    std::uint64_t size = 0;
  };

  CompoundFile() = default;
  Status read_header();
  Status read_fat();
  Status read_directory();
  Status read_mini_fat();
  Status list_streams();
  // Appends the sector's bytes (zero-padded when the file ends inside it) to out.
  Status append_sector(std::uint32_t sector, std::string& out) const;
  // The bytes of the chain that starts at start in the FAT, cut to size (when size is given).
  Result<std::string> read_chain(std::uint32_t start, std::uint64_t size, std::string_view what) const;
  Result<std::string> read_mini_chain(std::uint32_t start, std::uint64_t size, std::string_view what) const;
  const DirEntry* find(std::string_view path) const;

  std::string_view m_bytes;
  std::uint32_t m_sector_size = 512;
  std::uint32_t m_mini_sector_size = 64;
  std::uint32_t m_mini_cutoff = 4096;
  std::uint32_t m_major_version = 3;
  std::uint32_t m_fat_sector_count = 0;
  std::uint32_t m_first_dir_sector = 0;
  std::uint32_t m_first_mini_fat_sector = 0;
  std::uint32_t m_mini_fat_sector_count = 0;
  std::uint32_t m_first_difat_sector = 0;
  std::uint32_t m_difat_sector_count = 0;
  std::uint32_t m_sectors_in_file = 0;  // sectors that start inside the bytes (after the header)
  std::vector<std::uint32_t> m_fat;
  std::vector<std::uint32_t> m_mini_fat;
  std::string m_mini_stream;
  std::vector<DirEntry> m_entries;
  std::vector<std::pair<std::string, std::uint32_t>> m_paths;  // stream path → entry index
  std::vector<StreamEntry> m_streams;
};

}  // namespace vanthu::ingest::ole2
