// SPDX-License-Identifier: Apache-2.0
//
// The Compound File Binary reader ([MS-CFB]). A compound file is a small FAT file system: a 512-byte header, sectors
// of 512 (version 3) or 4096 (version 4) bytes, a FAT whose sectors are listed by the DIFAT (109 entries in the
// header, the rest in a chain of DIFAT sectors), a directory of 128-byte entries forming a red-black tree per
// storage, and a mini stream of 64-byte sectors (with its own mini FAT) for streams under 4096 bytes. Everything read
// from the file is distrusted: indices are range-checked, chains are followed once per sector at most.
#include "ingest/ole2.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace vanthu::ingest::ole2 {
namespace {

constexpr std::uint32_t kMaxRegSect = 0xFFFFFFFAu;
constexpr std::uint32_t kEndOfChain = 0xFFFFFFFEu;
constexpr std::uint32_t kFreeSect = 0xFFFFFFFFu;
constexpr std::uint32_t kNoStream = 0xFFFFFFFFu;
constexpr std::uint64_t kWholeChain = std::numeric_limits<std::uint64_t>::max();
constexpr std::size_t kHeaderSize = 512;
constexpr std::size_t kHeaderDifatEntries = 109;
constexpr std::size_t kDirEntrySize = 128;

constexpr unsigned char kSignature[8] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};

// REQUIRES: at + 2/4/8 <= bytes.size() (callers check the structure's size first).
std::uint16_t le16(std::string_view bytes, std::size_t at) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(bytes[at]) |
                                    static_cast<unsigned char>(bytes[at + 1]) << 8);
}
std::uint32_t le32(std::string_view bytes, std::size_t at) {
  return static_cast<std::uint32_t>(le16(bytes, at)) | static_cast<std::uint32_t>(le16(bytes, at + 2)) << 16;
}
std::uint64_t le64(std::string_view bytes, std::size_t at) {
  return static_cast<std::uint64_t>(le32(bytes, at)) | static_cast<std::uint64_t>(le32(bytes, at + 4)) << 32;
}

char ascii_upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return ascii_upper(x) == ascii_upper(y); });
}

}  // namespace

bool has_signature(std::string_view bytes) {
  return bytes.size() >= sizeof kSignature && std::memcmp(bytes.data(), kSignature, sizeof kSignature) == 0;
}

std::string utf16le_to_utf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  const std::size_t units = bytes.size() / 2;
  for (std::size_t i = 0; i < units; ++i) {
    char32_t unit = le16(bytes, 2 * i);
    if (unit >= 0xD800 && unit < 0xDC00 && i + 1 < units) {
      const char32_t low = le16(bytes, 2 * (i + 1));
      if (low >= 0xDC00 && low < 0xE000) {
        utf8_append(out, 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
        ++i;
        continue;
      }
    }
    if (unit >= 0xD800 && unit < 0xE000) unit = kReplacementChar;
    utf8_append(out, unit);
  }
  return out;
}

Result<CompoundFile> CompoundFile::open(std::string_view bytes) {
  if (!has_signature(bytes)) return Status::invalid_argument("not a compound file (no OLE2 signature)");
  CompoundFile file;
  file.m_bytes = bytes;
  for (Status (CompoundFile::*step)() : {&CompoundFile::read_header, &CompoundFile::read_fat,
                                         &CompoundFile::read_directory, &CompoundFile::read_mini_fat,
                                         &CompoundFile::list_streams}) {
    if (Status status = (file.*step)(); !status.is_ok()) return status;
  }
  return file;
}

Status CompoundFile::read_header() {
  if (m_bytes.size() < kHeaderSize) {
    return Status::corrupt("compound file: only " + std::to_string(m_bytes.size()) +
                           " bytes, shorter than its 512-byte header");
  }
  if (le16(m_bytes, 0x1C) != 0xFFFE) return Status::corrupt("compound file: header byte-order mark is not FFFE");
  m_major_version = le16(m_bytes, 0x1A);
  const std::uint16_t sector_shift = le16(m_bytes, 0x1E);
  const std::uint16_t mini_shift = le16(m_bytes, 0x20);
  // Version 3 uses 512-byte sectors and version 4 4096-byte ones; writers that mix them exist, so the shift decides.
  if (sector_shift != 9 && sector_shift != 12) {
    return Status::corrupt("compound file: sector size 2^" + std::to_string(sector_shift) + " is not 512 or 4096");
  }
  if (mini_shift != 6) {
    return Status::corrupt("compound file: mini sector size 2^" + std::to_string(mini_shift) + " is not 64");
  }
  m_sector_size = 1u << sector_shift;
  m_mini_sector_size = 1u << mini_shift;
  m_fat_sector_count = le32(m_bytes, 0x2C);
  m_first_dir_sector = le32(m_bytes, 0x30);
  m_mini_cutoff = le32(m_bytes, 0x38);
  m_first_mini_fat_sector = le32(m_bytes, 0x3C);
  m_mini_fat_sector_count = le32(m_bytes, 0x40);
  m_first_difat_sector = le32(m_bytes, 0x44);
  m_difat_sector_count = le32(m_bytes, 0x48);
  if (m_mini_cutoff != 4096) {
    return Status::corrupt("compound file: mini stream cutoff " + std::to_string(m_mini_cutoff) + " is not 4096");
  }
  if (m_bytes.size() < m_sector_size) {
    return Status::corrupt("compound file: shorter than its first " + std::to_string(m_sector_size) +
                           "-byte sector");
  }
  // Sector n starts at (n + 1) * sector size; a last sector cut short by the end of the file still counts (many
  // writers and truncated downloads leave one) and reads as zero-padded.
  const std::size_t after_header = m_bytes.size() - m_sector_size;
  m_sectors_in_file = static_cast<std::uint32_t>(
      std::min<std::size_t>((after_header + m_sector_size - 1) / m_sector_size, kMaxRegSect));
  if (m_fat_sector_count == 0 || m_fat_sector_count > m_sectors_in_file) {
    return Status::corrupt("compound file: header claims " + std::to_string(m_fat_sector_count) +
                           " FAT sectors but the file has room for " + std::to_string(m_sectors_in_file) +
                           " sectors (truncated?)");
  }
  return Status::ok();
}

Status CompoundFile::append_sector(std::uint32_t sector, std::string& out) const {
  if (sector >= m_sectors_in_file) {
    return Status::corrupt("compound file: sector " + std::to_string(sector) + " lies beyond the end of the file (" +
                           std::to_string(m_bytes.size()) + " bytes; truncated?)");
  }
  const std::size_t begin = (static_cast<std::size_t>(sector) + 1) * m_sector_size;
  const std::size_t available = std::min<std::size_t>(m_sector_size, m_bytes.size() - begin);
  out.append(m_bytes.substr(begin, available));
  out.append(m_sector_size - available, '\0');
  return Status::ok();
}

Status CompoundFile::read_fat() {
  // The DIFAT: 109 FAT sector numbers in the header, then DIFAT sectors whose last entry chains to the next one.
  std::vector<std::uint32_t> fat_sectors;
  fat_sectors.reserve(m_fat_sector_count);
  for (std::size_t i = 0; i < kHeaderDifatEntries && fat_sectors.size() < m_fat_sector_count; ++i) {
    const std::uint32_t sector = le32(m_bytes, 0x4C + 4 * i);
    if (sector == kFreeSect) break;
    fat_sectors.push_back(sector);
  }
  const std::size_t per_sector = m_sector_size / 4 - 1;
  std::uint32_t difat = m_first_difat_sector;
  std::vector<bool> seen(m_sectors_in_file, false);
  std::uint32_t difat_read = 0;
  while (fat_sectors.size() < m_fat_sector_count && difat != kEndOfChain && difat != kFreeSect) {
    if (difat >= m_sectors_in_file) {
      return Status::corrupt("compound file: DIFAT sector " + std::to_string(difat) +
                             " lies beyond the end of the file (truncated?)");
    }
    if (seen[difat] || ++difat_read > m_sectors_in_file) {
      return Status::corrupt("compound file: the DIFAT sector chain loops at sector " + std::to_string(difat));
    }
    seen[difat] = true;
    std::string block;
    if (Status status = append_sector(difat, block); !status.is_ok()) return status;
    for (std::size_t i = 0; i < per_sector && fat_sectors.size() < m_fat_sector_count; ++i) {
      const std::uint32_t sector = le32(block, 4 * i);
      if (sector == kFreeSect) continue;
      fat_sectors.push_back(sector);
    }
    difat = le32(block, 4 * per_sector);
  }
  if (fat_sectors.size() < m_fat_sector_count) {
    return Status::corrupt("compound file: the DIFAT lists " + std::to_string(fat_sectors.size()) + " of the " +
                           std::to_string(m_fat_sector_count) + " FAT sectors the header announces");
  }
  std::string fat_bytes;
  fat_bytes.reserve(fat_sectors.size() * m_sector_size);
  for (const std::uint32_t sector : fat_sectors) {
    if (Status status = append_sector(sector, fat_bytes); !status.is_ok()) {
      return Status::corrupt(status.message() + " (a FAT sector)");
    }
  }
  m_fat.resize(fat_bytes.size() / 4);
  for (std::size_t i = 0; i < m_fat.size(); ++i) m_fat[i] = le32(fat_bytes, 4 * i);
  return Status::ok();
}

Result<std::string> CompoundFile::read_chain(std::uint32_t start, std::uint64_t size, std::string_view what) const {
  std::string out;
  if (size == 0) return out;
  if (size != kWholeChain && size > m_bytes.size()) {
    return Status::corrupt("compound file: " + std::string(what) + " claims " + std::to_string(size) +
                           " bytes, more than the whole file");
  }
  // A chain visits each sector at most once; the visited map turns a loop into an error instead of a hang.
  std::vector<bool> visited(m_fat.size(), false);
  std::uint32_t sector = start;
  while (sector != kEndOfChain && (size == kWholeChain || out.size() < size)) {
    if (sector >= m_fat.size() || sector > kMaxRegSect) {
      return Status::corrupt("compound file: " + std::string(what) + ": sector chain points to " +
                             (sector == kFreeSect ? std::string("a free sector")
                                                  : "sector " + std::to_string(sector) + " outside the FAT"));
    }
    if (visited[sector]) {
      return Status::corrupt("compound file: " + std::string(what) + ": sector chain loops back to sector " +
                             std::to_string(sector));
    }
    visited[sector] = true;
    if (Status status = append_sector(sector, out); !status.is_ok()) {
      return Status::corrupt(status.message() + " in " + std::string(what));
    }
    sector = m_fat[sector];
  }
  if (size != kWholeChain) {
    if (out.size() < size) {
      return Status::corrupt("compound file: " + std::string(what) + ": sector chain ends after " +
                             std::to_string(out.size()) + " of its " + std::to_string(size) + " bytes");
    }
    out.resize(static_cast<std::size_t>(size));
  }
  return out;
}

Result<std::string> CompoundFile::read_mini_chain(std::uint32_t start, std::uint64_t size,
                                                  std::string_view what) const {
  std::string out;
  if (size == 0) return out;
  if (size > m_mini_stream.size()) {
    return Status::corrupt("compound file: " + std::string(what) + " claims " + std::to_string(size) +
                           " bytes, more than the mini stream holds");
  }
  std::vector<bool> visited(m_mini_fat.size(), false);
  std::uint32_t sector = start;
  while (out.size() < size) {
    const std::size_t begin = static_cast<std::size_t>(sector) * m_mini_sector_size;
    if (sector >= m_mini_fat.size() || begin + m_mini_sector_size > m_mini_stream.size()) {
      return Status::corrupt("compound file: " + std::string(what) + ": mini sector chain points to mini sector " +
                             std::to_string(sector) + " outside the mini stream");
    }
    if (visited[sector]) {
      return Status::corrupt("compound file: " + std::string(what) + ": mini sector chain loops back to " +
                             std::to_string(sector));
    }
    visited[sector] = true;
    out.append(m_mini_stream, begin, m_mini_sector_size);
    sector = m_mini_fat[sector];
    if (sector == kEndOfChain) break;
  }
  if (out.size() < size) {
    return Status::corrupt("compound file: " + std::string(what) + ": mini sector chain ends after " +
                           std::to_string(out.size()) + " of its " + std::to_string(size) + " bytes");
  }
  out.resize(static_cast<std::size_t>(size));
  return out;
}

Status CompoundFile::read_directory() {
  Result<std::string> dir = read_chain(m_first_dir_sector, kWholeChain, "the directory");
  if (!dir) return dir.status();
  const std::string& bytes = dir.value();
  const std::size_t count = bytes.size() / kDirEntrySize;
  m_entries.resize(count);
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t at = i * kDirEntrySize;
    DirEntry& entry = m_entries[i];
    entry.type = static_cast<std::uint8_t>(bytes[at + 0x42]);
    if (entry.type != 1 && entry.type != 2 && entry.type != 5) {
      entry.type = 0;  // unused or unknown: never listed
      continue;
    }
    const std::uint16_t name_bytes = le16(bytes, at + 0x40);  // includes the terminating NUL
    const std::size_t usable = name_bytes >= 2 ? std::min<std::size_t>(name_bytes - 2u, 62u) : 0u;
    entry.name = utf16le_to_utf8(std::string_view(bytes).substr(at, usable));
    entry.left = le32(bytes, at + 0x44);
    entry.right = le32(bytes, at + 0x48);
    entry.child = le32(bytes, at + 0x4C);
    entry.start = le32(bytes, at + 0x74);
    // Version 3 files may leave garbage in the high half of the size ([MS-CFB] 2.6.3): only the low half counts.
    entry.size = m_major_version == 3 ? le32(bytes, at + 0x78) : le64(bytes, at + 0x78);
  }
  if (m_entries.empty() || m_entries[0].type != 5) {
    return Status::corrupt("compound file: the directory does not start with a root entry");
  }
  return Status::ok();
}

Status CompoundFile::read_mini_fat() {
  const DirEntry& root = m_entries[0];
  if (root.size == 0 || root.start == kEndOfChain) return Status::ok();  // no small streams
  Result<std::string> mini_stream = read_chain(root.start, root.size, "the mini stream");
  if (!mini_stream) return mini_stream.status();
  m_mini_stream = std::move(mini_stream.value());
  if (m_mini_fat_sector_count == 0 || m_first_mini_fat_sector == kEndOfChain) return Status::ok();
  Result<std::string> mini_fat = read_chain(m_first_mini_fat_sector, kWholeChain, "the mini FAT");
  if (!mini_fat) return mini_fat.status();
  m_mini_fat.resize(mini_fat->size() / 4);
  for (std::size_t i = 0; i < m_mini_fat.size(); ++i) m_mini_fat[i] = le32(mini_fat.value(), 4 * i);
  return Status::ok();
}

Status CompoundFile::list_streams() {
  // Depth-first over each storage's tree, with a visited map: a damaged tree that points back
  // into itself is read once rather than forever.
  std::vector<bool> visited(m_entries.size(), false);
  visited[0] = true;
  struct Pending {
    std::uint32_t index;
    std::string prefix;
  };
  std::vector<Pending> stack;
  if (m_entries[0].child < m_entries.size()) stack.push_back({m_entries[0].child, ""});
  while (!stack.empty()) {
    Pending pending = std::move(stack.back());
    stack.pop_back();
    if (pending.index >= m_entries.size() || visited[pending.index]) continue;
    visited[pending.index] = true;
    const DirEntry& entry = m_entries[pending.index];
    if (entry.type == 0) continue;
    for (const std::uint32_t sibling : {entry.right, entry.left}) {
      if (sibling != kNoStream && sibling < m_entries.size()) stack.push_back({sibling, pending.prefix});
    }
    std::string path = pending.prefix + entry.name;
    if (entry.type == 1) {
      if (entry.child != kNoStream && entry.child < m_entries.size()) stack.push_back({entry.child, path + "/"});
    } else if (entry.type == 2) {
      m_paths.emplace_back(path, pending.index);
      m_streams.push_back({std::move(path), entry.size});
    }
  }
  return Status::ok();
}

const CompoundFile::DirEntry* CompoundFile::find(std::string_view path) const {
  for (const auto& [name, index] : m_paths) {
    if (equal_ignoring_case(name, path)) return &m_entries[index];
  }
  return nullptr;
}

bool CompoundFile::has_stream(std::string_view path) const { return find(path) != nullptr; }

Result<std::string> CompoundFile::read_stream(std::string_view path) const {
  const DirEntry* entry = find(path);
  if (entry == nullptr) return Status::not_found("compound file: no stream named \"" + std::string(path) + "\"");
  const std::string what = "stream \"" + std::string(path) + "\"";
  if (entry->size < m_mini_cutoff) return read_mini_chain(entry->start, entry->size, what);
  return read_chain(entry->start, entry->size, what);
}

}  // namespace vanthu::ingest::ole2
