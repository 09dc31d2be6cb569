// SPDX-License-Identifier: Apache-2.0
//
// base: what every other module stands on. Status and Result<T> for errors across module boundaries,
// atomic file writes, UTF-8 code point access, JSON string quoting, work on every core and logging. Standard
// library only.
//
// Thread safety: every function here is safe to call from several threads at once; objects are not shared.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace vanthu {

// ---------------------------------------------------------------------------------------------------------------
// Status: the outcome of an operation that can fail. Cheap to copy when ok.

enum class StatusCode {
  Ok = 0,
  InvalidArgument,   // the caller passed something malformed (bad flag, unparsable input)
  NotFound,          // a file, document or key does not exist
  AlreadyExists,
  IoError,           // the operating system refused a read or write
  Corrupt,           // stored data fails its own checks
  Unsupported,       // a format or feature we do not handle
  PermissionDenied,
  FailedPrecondition,  // the request does not fit the current state (publishing what is already published)
  Internal,          // a bug or a library failure we did not expect
};

// The lower-case name of a code ("invalid argument"), for messages and JSON.
std::string_view status_code_name(StatusCode code);

class [[nodiscard]] Status {
public:
  Status() = default;  // ok
  static Status ok() { return Status(); }
  static Status invalid_argument(std::string message) { return {StatusCode::InvalidArgument, std::move(message)}; }
  static Status not_found(std::string message) { return {StatusCode::NotFound, std::move(message)}; }
  static Status already_exists(std::string message) { return {StatusCode::AlreadyExists, std::move(message)}; }
  static Status io_error(std::string message) { return {StatusCode::IoError, std::move(message)}; }
  static Status corrupt(std::string message) { return {StatusCode::Corrupt, std::move(message)}; }
  static Status unsupported(std::string message) { return {StatusCode::Unsupported, std::move(message)}; }
  static Status permission_denied(std::string message) { return {StatusCode::PermissionDenied, std::move(message)}; }
  static Status failed_precondition(std::string message) {
    return {StatusCode::FailedPrecondition, std::move(message)};
  }
  static Status internal(std::string message) { return {StatusCode::Internal, std::move(message)}; }

  Status(StatusCode code, std::string message) : m_code(code), m_message(std::move(message)) {}

  bool is_ok() const { return m_code == StatusCode::Ok; }
  StatusCode code() const { return m_code; }
  const std::string& message() const { return m_message; }

  // "not found: corpus/x.txt: no such file", or "ok".
  std::string to_string() const;

  // The same status with "<context>: " in front of the message, e.g. the file name a batch was working on.
  Status with_context(std::string_view context) const;

private:
  StatusCode m_code = StatusCode::Ok;
  std::string m_message;
};

// ---------------------------------------------------------------------------------------------------------------
// Result<T>: a value or the Status explaining why there is none. REQUIRES for value(): is_ok().

template <class T>
class [[nodiscard]] Result {
public:
  Result(T value) : m_data(std::move(value)) {}  // NOLINT(google-explicit-constructor): return value; reads well
  Result(Status status) : m_data(std::move(status)) {}  // NOLINT: REQUIRES !status.is_ok()

  bool is_ok() const { return std::holds_alternative<T>(m_data); }
  explicit operator bool() const { return is_ok(); }

  T& value() & { return std::get<T>(m_data); }
  const T& value() const& { return std::get<T>(m_data); }
  T&& value() && { return std::get<T>(std::move(m_data)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  // The error, or an ok Status when there is a value.
  Status status() const { return is_ok() ? Status::ok() : std::get<Status>(m_data); }

  T value_or(T fallback) const { return is_ok() ? std::get<T>(m_data) : std::move(fallback); }

private:
  std::variant<T, Status> m_data;
};

// ---------------------------------------------------------------------------------------------------------------
// Files. Messages name the path, so a batch can print them as they are.

// The whole file as bytes. NotFound if it does not exist, IoError if it cannot be read.
Result<std::string> read_file(const std::filesystem::path& path);

// Writes data to path so that a crash at any moment leaves either the old file or the new one, never a mix:
// a temporary file in the same folder, fsync, rename over path, fsync of the folder. Creates missing folders.
Status write_file_atomic(const std::filesystem::path& path, std::string_view data);

// ---------------------------------------------------------------------------------------------------------------
// UTF-8. Invalid sequences decode to U+FFFD one byte at a time, so decoding always makes progress.

inline constexpr char32_t kReplacementChar = U'\uFFFD';

// Decodes the code point that starts at text[pos] and advances pos past it. REQUIRES: pos < text.size().
// Inline because every text loop runs on it; multi-byte sequences go to utf8_next_multibyte.
char32_t utf8_next_multibyte(std::string_view text, std::size_t& pos);
inline char32_t utf8_next(std::string_view text, std::size_t& pos) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(pos);
  if (lead < 0x80) {
    ++pos;
    return lead;
  }
  // Well-formed two- and three-byte sequences (all of Vietnamese) inline; everything else, and every error, out.
  if (lead >= 0xC2 && lead < 0xE0 && pos + 1 < text.size() && (byte(pos + 1) & 0xC0) == 0x80) {
    const char32_t cp = (char32_t{lead} & 0x1F) << 6 | (byte(pos + 1) & 0x3F);
    pos += 2;
    return cp;
  }
  if ((lead & 0xF0) == 0xE0 && pos + 2 < text.size() && (byte(pos + 1) & 0xC0) == 0x80 &&
      (byte(pos + 2) & 0xC0) == 0x80) {
    const char32_t cp = (char32_t{lead} & 0x0F) << 12 | (char32_t{byte(pos + 1)} & 0x3F) << 6 | (byte(pos + 2) & 0x3F);
    if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
      pos += 3;
      return cp;
    }
  }
  return utf8_next_multibyte(text, pos);
}

// Appends the UTF-8 form of cp (U+FFFD for surrogates and values above U+10FFFF).
void utf8_append(std::string& out, char32_t cp);

// True when text is well-formed UTF-8 (no overlongs, surrogates or values above U+10FFFF).
bool is_valid_utf8(std::string_view text);

// The longest prefix of text, at most max_bytes long, that does not cut a code point in two.
std::string_view utf8_truncate(std::string_view text, std::size_t max_bytes);

// ---------------------------------------------------------------------------------------------------------------
// JSON output. vanthu writes JSON in several places (CLI --json, manifests); these keep the quoting in one spot.

// The JSON string literal for text, quotes included. Text is passed through as UTF-8; control characters,
// quote and backslash are escaped. Invalid UTF-8 bytes become U+FFFD so the output is always valid JSON.
std::string json_quote(std::string_view text);

// ---------------------------------------------------------------------------------------------------------------
// Diagnostics: non-fatal findings while processing one input ("the date line has no year"), collected for the
// user instead of being logged and lost. Errors that stop the work travel as Status instead.

struct Diagnostics {
  std::vector<std::string> warnings;
  void warn(std::string message) { warnings.push_back(std::move(message)); }
  bool empty() const { return warnings.empty(); }
};

// ---------------------------------------------------------------------------------------------------------------
// Time. The catalog, the audit log, feeds and manifests all write UTC in one form.

// Now, as RFC 3339 UTC with seconds: "2026-11-26T10:00:00Z".
std::string utc_now();

// ---------------------------------------------------------------------------------------------------------------
// Randomness.

// bytes random bytes from the kernel (getrandom), as lower-case hex: session ids, CSRF tokens, password salts.
std::string random_hex(std::size_t bytes);
// Bytes as lower-case hex, two digits each.
std::string to_hex(std::string_view bytes);

// ---------------------------------------------------------------------------------------------------------------
// Work on every core.

// The number of cores to work on (at least 1).
std::size_t core_count();

// Runs task(0) … task(count - 1), each once, on up to max_threads threads (0: one per core), the calling thread
// being one of them; the order is not set. Returns when every task has returned. Tasks must not throw.
void parallel_for(std::size_t count, std::size_t max_threads, const std::function<void(std::size_t)>& task);

// ---------------------------------------------------------------------------------------------------------------
// Logging to standard error, one line per message. Messages start with "Module::function: " so grep finds the
// source. The threshold comes from the VANTHU_LOG environment variable (debug|info|warning|error; default info).

enum class LogLevel { Debug, Info, Warning, Error };

void log(LogLevel level, std::string_view message);
inline void log_debug(std::string_view message) { log(LogLevel::Debug, message); }
inline void log_info(std::string_view message) { log(LogLevel::Info, message); }
inline void log_warning(std::string_view message) { log(LogLevel::Warning, message); }
inline void log_error(std::string_view message) { log(LogLevel::Error, message); }

}  // namespace vanthu
