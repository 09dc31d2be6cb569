// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include "base/base.h"

namespace vanthu {
namespace {

Result<int> parse_positive(int value) {
  if (value <= 0) return Status::invalid_argument("not positive: " + std::to_string(value));
  return value;
}

TEST_CASE("Status carries a code and a message", "[base]") {
  const Status ok = Status::ok();
  CHECK(ok.is_ok());
  CHECK(ok.to_string() == "ok");

  const Status missing = Status::not_found("corpus/x.txt: no such file");
  CHECK_FALSE(missing.is_ok());
  CHECK(missing.code() == StatusCode::NotFound);
  CHECK(missing.to_string() == "not found: corpus/x.txt: no such file");
  CHECK(missing.with_context("ingest").message() == "ingest: corpus/x.txt: no such file");
  CHECK(ok.with_context("ingest").is_ok());
}

TEST_CASE("Every status code has a readable name", "[base]") {
  for (StatusCode code : {StatusCode::Ok, StatusCode::InvalidArgument, StatusCode::NotFound, StatusCode::AlreadyExists,
                          StatusCode::IoError, StatusCode::Corrupt, StatusCode::Unsupported,
                          StatusCode::PermissionDenied, StatusCode::Internal}) {
    CHECK(status_code_name(code) != "unknown");
  }
}

TEST_CASE("Result holds a value or the status that explains its absence", "[base]") {
  const Result<int> good = parse_positive(5);
  REQUIRE(good.is_ok());
  CHECK(*good == 5);
  CHECK(good.status().is_ok());

  const Result<int> bad = parse_positive(-1);
  REQUIRE_FALSE(bad.is_ok());
  CHECK(bad.status().code() == StatusCode::InvalidArgument);
  CHECK(bad.status().message() == "not positive: -1");
  CHECK(bad.value_or(7) == 7);
}

}  // namespace
}  // namespace vanthu
