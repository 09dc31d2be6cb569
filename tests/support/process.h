// SPDX-License-Identifier: Apache-2.0
//
// Runs a program the way a user would, for end-to-end tests: arguments, bytes on standard input, and what it
// printed and returned. Standard streams go through temporary files, so large outputs cannot deadlock a pipe.
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace vanthu::test {

struct ProcessResult {
  int exit_code = -1;  // the exit status, or 128 + signal number when the program was killed
  std::string out;
  std::string err;
};

// program: a path, or a bare name looked up on PATH.
ProcessResult run_process(const std::string& program, const std::vector<std::string>& args,
                          const std::string& input = {});

// Runs a program and kills it with SIGKILL once `after` has passed, as a crash or a power cut would; what it had
// printed by then is returned. A program that ends first is simply waited for.
ProcessResult run_process_killed_after(const std::string& program, const std::vector<std::string>& args,
                                       std::chrono::milliseconds after);

// A fresh empty folder under the system temporary folder, removed by the destructor.
class TempFolder {
public:
  explicit TempFolder(const std::string& name);
  ~TempFolder();
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;
  const std::filesystem::path& path() const { return m_path; }

private:
  std::filesystem::path m_path;
};

// A program left running while the test talks to it (a server): started by the constructor, stopped with SIGTERM
// (then SIGKILL) by stop() or the destructor. Its output goes to files, read with wait_for_output() and stop().
class BackgroundProcess {
public:
  BackgroundProcess(const std::string& program, const std::vector<std::string>& args);
  ~BackgroundProcess();
  BackgroundProcess(const BackgroundProcess&) = delete;
  BackgroundProcess& operator=(const BackgroundProcess&) = delete;

  // Waits until standard output contains text, or the program ends, or timeout passes; what it printed so far.
  std::string wait_for_output(const std::string& text, std::chrono::milliseconds timeout);
  // SIGTERM, then SIGKILL after a grace period; the exit code and everything printed.
  ProcessResult stop(std::chrono::milliseconds grace = std::chrono::milliseconds(5000));

private:
  std::unique_ptr<TempFolder> m_io;
  int m_pid = -1;
  int m_status = 0;  // the wait status, once it has ended
  bool m_stopped = false;
};

}  // namespace vanthu::test
