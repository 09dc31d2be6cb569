// SPDX-License-Identifier: Apache-2.0
#include "server/sessions.h"

#include "base/base.h"

namespace vanthu::server {

Session Sessions::open(const std::string& user) {
  Session session{random_hex(32), user, random_hex(32)};
  const std::lock_guard lock(m_mutex);
  if (m_sessions.size() >= kMaxSessions) {
    // Full: the least recently used session goes (a flood of sign-ins cannot grow memory without bound).
    auto oldest = m_sessions.begin();
    for (auto it = m_sessions.begin(); it != m_sessions.end(); ++it)
      if (it->second.last_used < oldest->second.last_used) oldest = it;
    m_sessions.erase(oldest);
  }
  m_sessions[session.id] = Entry{session, Clock::now()};
  return session;
}

std::optional<Session> Sessions::find(const std::string& id) {
  if (id.empty()) return std::nullopt;
  const std::lock_guard lock(m_mutex);
  const auto found = m_sessions.find(id);
  if (found == m_sessions.end()) return std::nullopt;
  const auto now = Clock::now();
  if (now - found->second.last_used > kIdle) {
    m_sessions.erase(found);
    return std::nullopt;
  }
  found->second.last_used = now;
  return found->second.session;
}

void Sessions::close(const std::string& id) {
  const std::lock_guard lock(m_mutex);
  m_sessions.erase(id);
}

std::optional<std::chrono::seconds> LoginThrottle::wait(const std::string& key, Clock::time_point now) {
  const auto found = m_failures.find(key);
  if (found == m_failures.end()) return std::nullopt;
  const auto age = now - found->second.first;
  if (age >= kWindow) {
    m_failures.erase(found);
    return std::nullopt;
  }
  if (found->second.count < kMaxFailures) return std::nullopt;
  return std::chrono::ceil<std::chrono::seconds>(kWindow - age);
}

std::optional<std::chrono::seconds> LoginThrottle::refused_for(const std::string& name, const std::string& client) {
  const std::lock_guard lock(m_mutex);
  const auto now = Clock::now();
  const auto by_name = wait("name:" + name, now);
  const auto by_client = wait("client:" + client, now);
  if (by_name && by_client) return std::max(*by_name, *by_client);
  return by_name ? by_name : by_client;
}

void LoginThrottle::count(const std::string& key, Clock::time_point now) {
  // Names and addresses that stopped failing are forgotten once the table grows, so guessing many names cannot
  // grow memory without bound.
  if (m_failures.size() >= kMaxEntries) {
    std::erase_if(m_failures, [&](const auto& entry) { return now - entry.second.first >= kWindow; });
  }
  Failures& failures = m_failures[key];
  if (failures.count == 0 || now - failures.first >= kWindow) failures = Failures{0, now};
  ++failures.count;
}

void LoginThrottle::failed(const std::string& name, const std::string& client) {
  const std::lock_guard lock(m_mutex);
  const auto now = Clock::now();
  count("name:" + name, now);
  count("client:" + client, now);
}

void LoginThrottle::succeeded(const std::string& name) {
  const std::lock_guard lock(m_mutex);
  m_failures.erase("name:" + name);
}

bool same_token(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return false;
  unsigned char difference = 0;
  for (std::size_t i = 0; i < a.size(); ++i) difference |= static_cast<unsigned char>(a[i] ^ b[i]);
  return difference == 0;
}

}  // namespace vanthu::server
