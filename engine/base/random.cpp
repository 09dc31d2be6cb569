// SPDX-License-Identifier: Apache-2.0
#include <sys/random.h>

#include <cerrno>
#include <cstdlib>
#include <string>
#include <vector>

#include "base/base.h"

namespace vanthu {

std::string random_hex(std::size_t bytes) {
  std::vector<unsigned char> buffer(bytes);
  std::size_t filled = 0;
  while (filled < bytes) {
    const ssize_t got = ::getrandom(buffer.data() + filled, bytes - filled, 0);
    if (got < 0) {
      if (errno == EINTR) continue;
      // Without the kernel's randomness no token would be safe to hand out; there is no sane way on.
      std::abort();
    }
    filled += static_cast<std::size_t>(got);
  }
  return to_hex(std::string_view(reinterpret_cast<const char*>(buffer.data()), buffer.size()));
}

std::string to_hex(std::string_view bytes) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(2 * bytes.size());
  for (const char c : bytes) {
    const auto byte = static_cast<unsigned char>(c);
    out += kHex[byte >> 4];
    out += kHex[byte & 0x0F];
  }
  return out;
}

}  // namespace vanthu
