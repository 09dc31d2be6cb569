// SPDX-License-Identifier: Apache-2.0
//
// Private to engine/server: who is signed in, and who has failed to sign in too often. Both live in memory: a
// restart signs every clerk out, which is the safe direction to fail.
#pragma once

#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "server/http.h"

namespace vanthu::server {

class Sessions {
public:
  using Clock = std::chrono::steady_clock;
  static constexpr std::chrono::hours kIdle{8};  // a session unused this long is closed
  static constexpr std::size_t kMaxSessions = 10000;

  // A new session for user, with fresh random id and CSRF token (32 bytes each).
  Session open(const std::string& user);
  // The session with this id, when it is open; using it keeps it open.
  std::optional<Session> find(const std::string& id);
  void close(const std::string& id);

private:
  struct Entry {
    Session session;
    Clock::time_point last_used;
  };
  std::mutex m_mutex;
  std::map<std::string, Entry> m_sessions;
};

// Sign-in attempts: after kMaxFailures failures for one account name or from one address within kWindow, further
// attempts are refused until the oldest failure leaves the window; a success clears the name's count.
class LoginThrottle {
public:
  using Clock = std::chrono::steady_clock;
  static constexpr int kMaxFailures = 5;
  static constexpr std::chrono::minutes kWindow{15};
  static constexpr std::size_t kMaxEntries = 100000;

  // How long attempts for this name or from this client are still refused; none when they may try.
  std::optional<std::chrono::seconds> refused_for(const std::string& name, const std::string& client);
  void failed(const std::string& name, const std::string& client);
  void succeeded(const std::string& name);

private:
  struct Failures {
    int count = 0;
    Clock::time_point first;
  };
  std::optional<std::chrono::seconds> wait(const std::string& key, Clock::time_point now);
  void count(const std::string& key, Clock::time_point now);

  std::mutex m_mutex;
  std::map<std::string, Failures> m_failures;  // "name:…" and "client:…"
};

// True when the two strings are equal, in time that depends only on their lengths (tokens).
bool same_token(const std::string& a, const std::string& b);

}  // namespace vanthu::server
