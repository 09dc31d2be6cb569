// SPDX-License-Identifier: Apache-2.0
#include "base/base.h"

namespace vanthu {

std::string_view status_code_name(StatusCode code) {
  switch (code) {
    case StatusCode::Ok: return "ok";
    case StatusCode::InvalidArgument: return "invalid argument";
    case StatusCode::NotFound: return "not found";
    case StatusCode::AlreadyExists: return "already exists";
    case StatusCode::IoError: return "i/o error";
    case StatusCode::Corrupt: return "corrupt";
    case StatusCode::Unsupported: return "unsupported";
    case StatusCode::PermissionDenied: return "permission denied";
    case StatusCode::FailedPrecondition: return "failed precondition";
    case StatusCode::Internal: return "internal error";
  }
  return "unknown";
}

std::string Status::to_string() const {
  if (is_ok()) return "ok";
  std::string out(status_code_name(m_code));
  if (!m_message.empty()) {
    out += ": ";
    out += m_message;
  }
  return out;
}

Status Status::with_context(std::string_view context) const {
  if (is_ok()) return *this;
  std::string message(context);
  message += ": ";
  message += m_message;
  return {m_code, std::move(message)};
}

}  // namespace vanthu
