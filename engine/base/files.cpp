// SPDX-License-Identifier: Apache-2.0
#include "base/base.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <random>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace vanthu {
namespace {

std::string errno_message(const std::filesystem::path& path, std::string_view what) {
  std::string message = path.string();
  message += ": ";
  message += what;
  message += ": ";
  message += std::strerror(errno);
  return message;
}

// Writes all of data to fd, retrying short writes and EINTR.
bool write_all(int fd, std::string_view data) {
  while (!data.empty()) {
    ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

// A file name in the same folder that no other writer will pick: ".<name>.tmp-<pid>-<random>".
std::filesystem::path temporary_sibling(const std::filesystem::path& path) {
  std::random_device device;
  std::string name = ".";  // appended piece by piece: g++ 12 -O2 warns falsely (-Wrestrict) on a chain of +
  name += path.filename().string();
  name += ".tmp-";
  name += std::to_string(::getpid());
  name += '-';
  name += std::to_string(device());
  return path.parent_path() / name;
}

}  // namespace

Result<std::string> read_file(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return Status::not_found(path.string() + ": no such file");
  if (std::filesystem::is_directory(path, ec)) return Status::invalid_argument(path.string() + ": is a folder");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::io_error(errno_message(path, "cannot open"));
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Status::io_error(errno_message(path, "read failed"));
  return buffer.str();
}

Status write_file_atomic(const std::filesystem::path& path, std::string_view data) {
  std::filesystem::path folder = path.parent_path();
  if (folder.empty()) folder = ".";
  std::error_code ec;
  std::filesystem::create_directories(folder, ec);
  if (ec) return Status::io_error(folder.string() + ": cannot create folder: " + ec.message());

  const std::filesystem::path temp = temporary_sibling(path);
  int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) return Status::io_error(errno_message(temp, "cannot create"));
  bool ok = write_all(fd, data) && ::fsync(fd) == 0;
  Status status = ok ? Status::ok() : Status::io_error(errno_message(temp, "write failed"));
  if (::close(fd) != 0 && status.is_ok()) status = Status::io_error(errno_message(temp, "close failed"));
  if (status.is_ok() && ::rename(temp.c_str(), path.c_str()) != 0) {
    status = Status::io_error(errno_message(path, "cannot replace"));
  }
  if (!status.is_ok()) {
    ::unlink(temp.c_str());
    return status;
  }
  // The rename is durable only once the folder entry is on disk.
  int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir >= 0) {
    ::fsync(dir);
    ::close(dir);
  }
  return Status::ok();
}

}  // namespace vanthu
