// SPDX-License-Identifier: Apache-2.0
//
// The exit codes of `vanthu`, documented in the README. Scripts depend on them: never renumber.
#pragma once

#include "base/base.h"

namespace vanthu::cli {

enum ExitCode : int {
  kExitOk = 0,
  kExitSomeFailed = 1,   // a batch finished, but at least one input was reported as failed
  kExitUsage = 2,        // unknown command or flag, missing argument
  kExitNotFound = 3,     // an input file or document does not exist
  kExitBadInput = 4,     // an input could not be read as what it claims to be
  kExitIo = 5,           // reading or writing failed
  kExitInternal = 70,    // a bug: please report it
};

// The exit code for a failed status.
inline int exit_code_for(const Status& status) {
  switch (status.code()) {
    case StatusCode::Ok: return kExitOk;
    case StatusCode::InvalidArgument: return kExitUsage;
    case StatusCode::NotFound: return kExitNotFound;
    case StatusCode::Corrupt:
    case StatusCode::Unsupported: return kExitBadInput;
    case StatusCode::IoError:
    case StatusCode::AlreadyExists:
    case StatusCode::PermissionDenied: return kExitIo;
    case StatusCode::FailedPrecondition: return kExitSomeFailed;
    case StatusCode::Internal: return kExitInternal;
  }
  return kExitInternal;
}

}  // namespace vanthu::cli
