// SPDX-License-Identifier: Apache-2.0
//
// Bounded zip access. The central directory is parsed here rather than by Poco::Zip::ZipArchive, because
// ZipArchive walks every local header of the file, trusts their sizes and keeps every entry in memory before we
// could count them; reading the directory ourselves lets the entry limit, the name checks and every bounds check
// come first. Poco does the part worth not rewriting: ZipInputStream inflates one entry and checks its CRC.
//
// Nothing is ever extracted to disk: entry names are compared, never used as paths. Names that would escape a
// folder ("../x", "/x", "C:x", "a\b") are refused anyway, so no later code can be tempted to.
#include "ingest/zip_reader.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <exception>
#include <istream>
#include <utility>

#include <Poco/Exception.h>
#include <Poco/MemoryStream.h>
#include <Poco/Zip/ParseCallback.h>
#include <Poco/Zip/ZipLocalFileHeader.h>
#include <Poco/Zip/ZipStream.h>

namespace vanthu::ingest {
namespace {

constexpr std::uint32_t kLocalHeaderSignature = 0x04034b50;
constexpr std::uint32_t kCentralHeaderSignature = 0x02014b50;
constexpr std::uint32_t kEndSignature = 0x06054b50;
constexpr std::uint32_t kZip64LocatorSignature = 0x07064b50;
constexpr std::size_t kEndSize = 22;
constexpr std::size_t kCentralHeaderSize = 46;
constexpr std::size_t kLocalHeaderSize = 30;
constexpr std::size_t kMaxCommentSize = 0xFFFF;
constexpr std::uint16_t kFlagEncrypted = 0x0001;
constexpr std::uint16_t kMethodStored = 0;
constexpr std::uint16_t kMethodDeflated = 8;
// Below this an entry is never judged by its ratio: a few kilobytes of spaces legitimately compress 500:1.
constexpr std::uint64_t kRatioFloor = 1u << 20;
constexpr std::size_t kChunk = 64 * 1024;

std::uint16_t u16(std::string_view bytes, std::size_t pos) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(bytes[pos]) |
                                    static_cast<unsigned char>(bytes[pos + 1]) << 8);
}

std::uint32_t u32(std::string_view bytes, std::size_t pos) {
  return static_cast<std::uint32_t>(u16(bytes, pos)) | static_cast<std::uint32_t>(u16(bytes, pos + 2)) << 16;
}

// Why a name is refused, or "" when it is fine.
std::string_view refusal(std::string_view name) {
  if (name.empty()) return "empty name";
  if (name.find('\0') != std::string_view::npos) return "NUL byte in the name";
  if (name.find('\\') != std::string_view::npos) return "backslash in the name";
  if (name.front() == '/') return "absolute path";
  if (name.size() >= 2 && name[1] == ':') return "drive letter";
  std::size_t start = 0;
  while (start <= name.size()) {
    std::size_t end = name.find('/', start);
    if (end == std::string_view::npos) end = name.size();
    if (name.substr(start, end - start) == "..") return "\"..\" leaves the archive";
    start = end + 1;
  }
  return {};
}

std::string quote_name(std::string_view name) {
  std::string quoted_name;  // appended piece by piece: "\"" + string + "\"" trips g++ 12's -Wrestrict at -O3
  quoted_name.reserve(name.size() + 2);
  quoted_name += '"';
  quoted_name += utf8_truncate(name, 200);
  quoted_name += '"';
  return quoted_name;
}

// Skips nothing: the local header is all we need from Poco's parser. Sizes and CRC come from the central
// directory afterwards, so a data descriptor after the data is never searched for.
class HeaderOnly final : public Poco::Zip::ParseCallback {
public:
  bool handleZipEntry(std::istream&, const Poco::Zip::ZipLocalFileHeader&) override { return true; }
};

// The extra field of a local header must be a well-formed list of (id, size, data) blocks: Poco reads its zip64
// block without checking the block fits.
bool extra_field_ok(std::string_view extra) {
  std::size_t pos = 0;
  while (pos + 4 <= extra.size()) {
    pos += 4 + u16(extra, pos + 2);
  }
  return pos == extra.size();
}

}  // namespace

bool has_zip_signature(std::string_view bytes) {
  return bytes.size() >= 4 && (u32(bytes, 0) == kLocalHeaderSignature || u32(bytes, 0) == kEndSignature);
}

Status ZipReader::error(StatusCode code, std::string_view what) const {
  return {code, m_source + ": " + std::string(what)};
}

Result<ZipReader> ZipReader::open(std::string_view source, std::string_view bytes, const Limits& limits) {
  ZipReader reader(source, bytes, limits);
  if (Status status = reader.read_directory(); !status.is_ok()) return status;
  return reader;
}

Status ZipReader::read_directory() {
  const std::string_view bytes = m_bytes;
  if (bytes.size() < kEndSize) {
    return error(has_zip_signature(bytes) ? StatusCode::Corrupt : StatusCode::InvalidArgument,
                 "not a complete zip archive (" + std::to_string(bytes.size()) + " bytes)");
  }
  // The end record is the last 22 bytes plus a comment of up to 64 KiB; the comment may itself contain the
  // signature, so take the last candidate whose directory fits in front of it.
  std::size_t end_pos = std::string_view::npos;
  const std::size_t lowest = bytes.size() - kEndSize > kMaxCommentSize ? bytes.size() - kEndSize - kMaxCommentSize : 0;
  for (std::size_t pos = bytes.size() - kEndSize + 1; pos-- > lowest;) {
    if (u32(bytes, pos) != kEndSignature) continue;
    const std::uint64_t cd_end = std::uint64_t{u32(bytes, pos + 16)} + u32(bytes, pos + 12);
    if (cd_end <= pos && pos + kEndSize + u16(bytes, pos + 20) <= bytes.size()) {
      end_pos = pos;
      break;
    }
  }
  if (end_pos == std::string_view::npos) {
    if (!has_zip_signature(bytes)) return error(StatusCode::InvalidArgument, "not a zip archive");
    return error(StatusCode::Corrupt,
                 "zip archive is truncated or damaged: its end-of-central-directory record is missing");
  }
  const std::uint16_t disk = u16(bytes, end_pos + 4);
  const std::uint16_t cd_disk = u16(bytes, end_pos + 6);
  const std::uint16_t declared_count = u16(bytes, end_pos + 10);
  const std::uint32_t cd_size = u32(bytes, end_pos + 12);
  const std::uint32_t cd_offset = u32(bytes, end_pos + 16);
  if (disk != 0 || cd_disk != 0) return error(StatusCode::Unsupported, "multi-volume zip archives are not read");
  if ((end_pos >= 20 && u32(bytes, end_pos - 20) == kZip64LocatorSignature) || declared_count == 0xFFFF ||
      cd_size == 0xFFFFFFFF || cd_offset == 0xFFFFFFFF) {
    return error(StatusCode::Unsupported, "zip64 archives are not read (no office document needs one)");
  }

  std::size_t pos = cd_offset;
  const std::size_t cd_end = std::size_t{cd_offset} + cd_size;
  std::size_t records = 0;
  while (pos < cd_end) {
    if (pos + kCentralHeaderSize > cd_end || u32(bytes, pos) != kCentralHeaderSignature) {
      return error(StatusCode::Corrupt, "zip central directory is damaged (record " + std::to_string(records + 1) +
                                            " at byte " + std::to_string(pos) + ")");
    }
    if (++records > m_limits.max_zip_entries) {
      return error(StatusCode::InvalidArgument, "zip archive has more than " +
                                                    std::to_string(m_limits.max_zip_entries) +
                                                    " entries (limit max_zip_entries)");
    }
    const std::size_t name_size = u16(bytes, pos + 28);
    const std::size_t record_size = kCentralHeaderSize + name_size + u16(bytes, pos + 30) + u16(bytes, pos + 32);
    if (pos + record_size > cd_end) {
      return error(StatusCode::Corrupt, "zip central directory is damaged (record " + std::to_string(records) +
                                            " runs past its end)");
    }
    ZipEntry entry;
    entry.name.assign(bytes.substr(pos + kCentralHeaderSize, name_size));
    entry.flags = u16(bytes, pos + 8);
    entry.method = u16(bytes, pos + 10);
    entry.crc32 = u32(bytes, pos + 16);
    entry.compressed_size = u32(bytes, pos + 20);
    entry.size = u32(bytes, pos + 24);
    entry.local_header_offset = u32(bytes, pos + 42);
    pos += record_size;

    if (const std::string_view why = refusal(entry.name); !why.empty()) {
      m_warnings.push_back(m_source + ": zip entry " + quote_name(entry.name) + " refused (" + std::string(why) +
                           "); it is not read");
      continue;
    }
    if (entry.name.back() == '/') continue;  // a folder: nothing to read
    if (entry.compressed_size == 0xFFFFFFFF || entry.size == 0xFFFFFFFF) {
      return error(StatusCode::Unsupported, "zip entry " + quote_name(entry.name) + " uses zip64 sizes, not read");
    }
    if (find(entry.name) != nullptr) {
      return error(StatusCode::Corrupt, "zip archive lists " + quote_name(entry.name) +
                                            " twice; which one is meant is ambiguous, so nothing is read");
    }
    m_entries.push_back(std::move(entry));
  }
  if (records != declared_count) {
    m_warnings.push_back(m_source + ": zip directory holds " + std::to_string(records) + " entries, its end record " +
                         "says " + std::to_string(declared_count));
  }
  return Status::ok();
}

const ZipEntry* ZipReader::find(std::string_view name) const {
  const auto it =
      std::find_if(m_entries.begin(), m_entries.end(), [&](const ZipEntry& entry) { return entry.name == name; });
  return it == m_entries.end() ? nullptr : &*it;
}

Result<std::string> ZipReader::read(std::string_view name) {
  const ZipEntry* entry = find(name);
  if (entry == nullptr) return error(StatusCode::NotFound, "zip archive has no entry " + quote_name(name));
  try {
    return inflate(*entry);
  } catch (const Poco::Exception& e) {
    return error(StatusCode::Corrupt, "zip entry " + quote_name(name) + " is damaged: " + e.displayText());
  } catch (const std::exception& e) {
    return error(StatusCode::Corrupt, "zip entry " + quote_name(name) + " is damaged: " + e.what());
  } catch (...) {
    return error(StatusCode::Internal, "zip entry " + quote_name(name) + ": unexpected exception while inflating");
  }
}

Result<std::string> ZipReader::inflate(const ZipEntry& entry) {
  const std::string label = "zip entry " + quote_name(entry.name);
  if ((entry.flags & kFlagEncrypted) != 0) return error(StatusCode::Unsupported, label + " is encrypted");
  if (entry.method != kMethodStored && entry.method != kMethodDeflated) {
    return error(StatusCode::Unsupported,
                 label + " uses compression method " + std::to_string(entry.method) + " (only stored and deflate)");
  }
  const std::uint64_t budget = m_limits.max_zip_expanded_bytes > m_expanded_total
                                   ? m_limits.max_zip_expanded_bytes - m_expanded_total
                                   : 0;
  const auto over_budget = [&](std::uint64_t size) {
    return error(StatusCode::InvalidArgument,
                 label + " expands to more than the " + std::to_string(m_limits.max_zip_expanded_bytes) +
                     " bytes allowed for a whole archive (limit max_zip_expanded_bytes; " + std::to_string(size) +
                     " bytes for this entry)");
  };
  if (entry.size > budget) return over_budget(entry.size);  // the claim alone is too much

  // The local header: checked here, field by field, before Poco parses it.
  const std::string_view bytes = m_bytes;
  const std::uint64_t header = entry.local_header_offset;
  if (header + kLocalHeaderSize > bytes.size() || u32(bytes, header) != kLocalHeaderSignature) {
    return error(StatusCode::Corrupt, label + ": no local header at byte " + std::to_string(header));
  }
  const std::size_t name_size = u16(bytes, header + 26);
  const std::size_t extra_size = u16(bytes, header + 28);
  const std::uint64_t data_start = header + kLocalHeaderSize + name_size + extra_size;
  if (data_start + entry.compressed_size > bytes.size()) {
    return error(StatusCode::Corrupt, label + ": its data runs past the end of the archive (truncated?)");
  }
  if (bytes.substr(header + kLocalHeaderSize, name_size) != entry.name) {
    return error(StatusCode::Corrupt, label + ": its local header names a different entry");
  }
  if (!extra_field_ok(bytes.substr(header + kLocalHeaderSize + name_size, extra_size))) {
    return error(StatusCode::Corrupt, label + ": malformed extra field in its local header");
  }

  Poco::MemoryInputStream in(bytes.data(), bytes.size());
  in.seekg(static_cast<std::streamoff>(header), std::ios::beg);
  HeaderOnly header_only;
  Poco::Zip::ZipLocalFileHeader local(in, false, header_only);
  // The central directory is authoritative for sizes and CRC (a data descriptor may follow the data instead).
  local.setSearchCRCAndSizesAfterData(false);
  local.setCRC(entry.crc32);
  local.setCompressedSize(entry.compressed_size);
  local.setUncompressedSize(entry.size);
  if (static_cast<std::uint64_t>(local.getDataStartPos()) != data_start) {
    return error(StatusCode::Corrupt, label + ": inconsistent local header");
  }

  Poco::Zip::ZipInputStream stream(in, local, true);
  stream.exceptions(std::ios::badbit);  // inflate and CRC errors arrive as exceptions, not as a silent bad stream
  std::string out;
  std::array<char, kChunk> buffer{};
  std::uint64_t expanded = 0;
  for (;;) {
    stream.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    const auto got = static_cast<std::size_t>(stream.gcount());
    if (got == 0) break;
    expanded += got;
    m_expanded_total += got;
    if (expanded > budget) return over_budget(expanded);
    if (expanded > kRatioFloor && expanded > m_limits.max_zip_ratio * std::max<std::uint64_t>(entry.compressed_size, 1)) {
      return error(StatusCode::InvalidArgument,
                   label + " expands more than " + std::to_string(m_limits.max_zip_ratio) +
                       " times its compressed size of " + std::to_string(entry.compressed_size) +
                       " bytes (limit max_zip_ratio; a zip bomb?); reading stopped at " + std::to_string(expanded) +
                       " bytes");
    }
    out.append(buffer.data(), got);
  }
  if (expanded != entry.size) {
    return error(StatusCode::Corrupt, label + " expands to " + std::to_string(expanded) + " bytes, its header says " +
                                          std::to_string(entry.size));
  }
  return out;
}

}  // namespace vanthu::ingest
