// SPDX-License-Identifier: Apache-2.0
#include "store/passwords.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <charconv>

#include "base/base.h"

namespace vanthu::store {
namespace {

constexpr std::size_t kSaltBytes = 16;
constexpr std::size_t kHashBytes = 32;

// The derived key, as hex.
std::string derive(std::string_view password, std::string_view salt, int iterations) {
  std::string out(kHashBytes, '\0');
  PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()),
                    reinterpret_cast<const unsigned char*>(salt.data()), static_cast<int>(salt.size()), iterations,
                    EVP_sha256(), static_cast<int>(out.size()), reinterpret_cast<unsigned char*>(out.data()));
  return to_hex(out);
}

}  // namespace

std::string hash_password(std::string_view password, int iterations) {
  const std::string salt = random_hex(kSaltBytes);
  return "pbkdf2-sha256$" + std::to_string(iterations) + "$" + salt + "$" +
         derive(password, salt, iterations);
}

bool password_matches(std::string_view password, std::string_view stored) {
  constexpr std::string_view kScheme = "pbkdf2-sha256$";
  if (!stored.starts_with(kScheme)) return false;
  stored.remove_prefix(kScheme.size());
  const auto first = stored.find('$');
  const auto second = first == std::string_view::npos ? first : stored.find('$', first + 1);
  if (second == std::string_view::npos) return false;
  int iterations = 0;
  const auto [end, error] = std::from_chars(stored.data(), stored.data() + first, iterations);
  if (error != std::errc() || end != stored.data() + first || iterations < 1) return false;
  const std::string_view salt = stored.substr(first + 1, second - first - 1);
  const std::string expected(stored.substr(second + 1));
  const std::string actual = derive(password, salt, iterations);
  return actual.size() == expected.size() && CRYPTO_memcmp(actual.data(), expected.data(), actual.size()) == 0;
}

}  // namespace vanthu::store
