// SPDX-License-Identifier: Apache-2.0
#include "support/process.h"

#include <fcntl.h>
#include <signal.h>
#include <thread>
#include <fstream>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

namespace vanthu::test {
namespace {

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream data;
  data << in.rdbuf();
  return data.str();
}

}  // namespace

TempFolder::TempFolder(const std::string& name) {
  static int counter = 0;  // distinct folders within one test process
  m_path = std::filesystem::temp_directory_path() /
           ("vanthu-test-" + name + "-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
  std::filesystem::remove_all(m_path);
  std::filesystem::create_directories(m_path);
}

TempFolder::~TempFolder() {
  std::error_code ignored;
  std::filesystem::remove_all(m_path, ignored);
}

namespace {

// Starts program with its standard streams on files in io; returns its pid.
pid_t start_process(const TempFolder& io, const std::string& program, const std::vector<std::string>& args,
                    const std::string& input) {
  const auto in_path = io.path() / "stdin", out_path = io.path() / "stdout", err_path = io.path() / "stderr";
  std::ofstream(in_path, std::ios::binary) << input;
  std::vector<char*> argv;
  argv.push_back(const_cast<char*>(program.c_str()));
  for (const std::string& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  const pid_t pid = ::fork();
  if (pid == 0) {
    const int in_fd = ::open(in_path.c_str(), O_RDONLY);
    const int out_fd = ::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int err_fd = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    ::dup2(in_fd, 0);
    ::dup2(out_fd, 1);
    ::dup2(err_fd, 2);
    ::execvp(program.c_str(), argv.data());  // a bare name ("qpdf") is looked up on PATH
    ::_exit(127);
  }
  return pid;
}

// Waits for pid until deadline, then kills it with SIGKILL; its wait status.
int wait_or_kill(pid_t pid, std::chrono::steady_clock::time_point deadline) {
  int status = 0;
  while (::waitpid(pid, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() >= deadline) {
      ::kill(pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  return status;
}

ProcessResult collect(const TempFolder& io, int status) {
  ProcessResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = slurp(io.path() / "stdout");
  result.err = slurp(io.path() / "stderr");
  return result;
}

}  // namespace

ProcessResult run_process(const std::string& program, const std::vector<std::string>& args, const std::string& input) {
  TempFolder io("process");
  const pid_t pid = start_process(io, program, args, input);
  int status = 0;
  ::waitpid(pid, &status, 0);
  return collect(io, status);
}

ProcessResult run_process_killed_after(const std::string& program, const std::vector<std::string>& args,
                                       std::chrono::milliseconds after) {
  TempFolder io("process");
  const pid_t pid = start_process(io, program, args, {});
  return collect(io, wait_or_kill(pid, std::chrono::steady_clock::now() + after));
}

BackgroundProcess::BackgroundProcess(const std::string& program, const std::vector<std::string>& args)
    : m_io(std::make_unique<TempFolder>("background")) {
  m_pid = start_process(*m_io, program, args, {});
}

BackgroundProcess::~BackgroundProcess() {
  if (!m_stopped) stop(std::chrono::milliseconds(2000));
}

std::string BackgroundProcess::wait_for_output(const std::string& text, std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  std::string out;
  while (true) {
    out = slurp(m_io->path() / "stdout");
    if (out.find(text) != std::string::npos || std::chrono::steady_clock::now() >= deadline) return out;
    if (::waitpid(m_pid, &m_status, WNOHANG) == m_pid) {  // it ended: nothing more will come
      m_stopped = true;
      return slurp(m_io->path() / "stdout");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
}

ProcessResult BackgroundProcess::stop(std::chrono::milliseconds grace) {
  if (!m_stopped) {
    ::kill(m_pid, SIGTERM);
    m_status = wait_or_kill(m_pid, std::chrono::steady_clock::now() + grace);
    m_stopped = true;
  }
  return collect(*m_io, m_status);
}

}  // namespace vanthu::test
