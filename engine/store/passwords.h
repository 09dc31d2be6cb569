// SPDX-License-Identifier: Apache-2.0
//
// Private to engine/store: clerk passwords as slow salted hashes (PBKDF2-HMAC-SHA256, OpenSSL). A stored hash reads
// "pbkdf2-sha256$<iterations>$<salt hex>$<hash hex>", so the work factor can be raised for new accounts while old
// ones still verify.
#pragma once

#include <string>
#include <string_view>

namespace vanthu::store {

inline constexpr int kPasswordIterations = 600000;  // OWASP's 2023 figure for PBKDF2-HMAC-SHA256

std::string hash_password(std::string_view password, int iterations = kPasswordIterations);
// True when stored is a hash of password. A malformed stored hash never verifies.
bool password_matches(std::string_view password, std::string_view stored);

}  // namespace vanthu::store
