// SPDX-License-Identifier: Apache-2.0
#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>

#include "ingest/ingest.h"

namespace vanthu::ingest {

std::string sha256_hex(std::string_view bytes) {
  Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
  engine.update(bytes.data(), static_cast<unsigned>(bytes.size()));
  return Poco::DigestEngine::digestToHex(engine.digest());
}

}  // namespace vanthu::ingest
