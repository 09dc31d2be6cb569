// SPDX-License-Identifier: Apache-2.0
//
// Built into every executable of a sanitized build (VANTHU_SANITIZE=ON): the test programs and the vanthu binary
// they start. The sanitizers read these defaults before the environment, so a bare `ctest`, one test binary run by
// hand, and a vanthu process started by a test all behave as scripts/test does (CTest's ENVIRONMENT property, as
// catch_discover_tests passes it, keeps only the first of two variables). LSAN_OPTIONS and UBSAN_OPTIONS still
// override these.

// What LeakSanitizer must not report: allocations libraries keep for the life of the process on purpose. The same
// list is tests/lsan.supp, which scripts/test passes explicitly.
extern "C" const char* __lsan_default_suppressions() {
  return "leak:libfontconfig.so\n";  // fontconfig's configuration cache (poppler, Pango), freed only at exit
}

extern "C" const char* __ubsan_default_options() { return "halt_on_error=1:print_stacktrace=1"; }
