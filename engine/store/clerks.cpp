// SPDX-License-Identifier: Apache-2.0
//
// What clerks do to the library besides adding files: publish and unpublish, correct a draft's metadata, and their
// accounts. Each change is one catalog transaction with its audit row.
#include <algorithm>
#include <chrono>
#include <string>

#include "ingest/ingest.h"
#include "store/catalog.h"
#include "store/library_impl.h"
#include "store/passwords.h"
#include "store/store.h"

namespace vanthu::store {
namespace {

std::string trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

// "2025-06-25" naming a day of the calendar.
bool is_calendar_date(const std::string& text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (const std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
    if (text[i] < '0' || text[i] > '9') return false;
  const std::chrono::year_month_day day{std::chrono::year(std::stoi(text.substr(0, 4))),
                                        std::chrono::month(static_cast<unsigned>(std::stoi(text.substr(5, 2)))),
                                        std::chrono::day(static_cast<unsigned>(std::stoi(text.substr(8, 2))))};
  return day.ok();
}

Facts facts_of(const model::Metadata& meta) { return Facts{meta.type, meta.number, meta.issuer, meta.date, meta.title}; }

Result<DocumentInfo> existing_document(const Catalog& catalog, std::int64_t id) {
  Result<std::optional<DocumentInfo>> found = catalog.document_by_id(id);
  if (!found.is_ok()) return found.status();
  if (!found.value()) return Status::not_found("no document " + std::to_string(id) + " in the library");
  return *found.value();
}

// The metadata fields a clerk corrects, with their names as the audit log shows them.
struct EditableField {
  const char* name;
  std::string model::Metadata::*member;
};
constexpr EditableField kEditable[] = {
    {"type", &model::Metadata::type},     {"number", &model::Metadata::number}, {"issuer", &model::Metadata::issuer},
    {"place", &model::Metadata::place},   {"date", &model::Metadata::date},     {"title", &model::Metadata::title},
};

}  // namespace

Status Library::publish(std::int64_t document_id, int version, std::string_view who) {
  Result<DocumentInfo> document = existing_document(*m_impl->catalog, document_id);
  if (!document.is_ok()) return document.status();
  Result<std::vector<VersionInfo>> all = versions(document_id);
  if (!all.is_ok()) return all.status();
  const int wanted = version == 0 && !all->empty() ? all->back().number : version;
  const auto chosen = std::find_if(all->begin(), all->end(), [&](const VersionInfo& v) { return v.number == wanted; });
  if (chosen == all->end()) {
    return Status::not_found(document->work_uri + ": has no version " + std::to_string(wanted));
  }
  if (document->state == Publication::Published && document->published_version == wanted) {
    return Status::failed_precondition(document->work_uri + ": version " + std::to_string(wanted) +
                                       " is already published");
  }
  Result<std::string> xml_text = xml(*chosen);
  if (!xml_text.is_ok()) return xml_text.status();
  Result<model::Document> parsed = model::from_akn(document->work_uri, xml_text.value());
  if (!parsed.is_ok()) return parsed.status();
  StateChange change;
  change.document_id = document_id;
  change.state = Publication::Published;
  change.version = wanted;
  change.facts = facts_of(parsed->meta);
  change.action = "publish";
  change.detail = "version " + std::to_string(wanted);
  change.who = std::string(who);
  change.at = utc_now();
  return m_impl->catalog->set_publication(change);
}

Status Library::unpublish(std::int64_t document_id, std::string_view reason, std::string_view who) {
  Result<DocumentInfo> document = existing_document(*m_impl->catalog, document_id);
  if (!document.is_ok()) return document.status();
  const std::string why = trimmed(reason);
  if (why.empty()) return Status::invalid_argument(document->work_uri + ": unpublishing needs a reason");
  if (document->state != Publication::Published) {
    return Status::failed_precondition(document->work_uri + ": is not published");
  }
  StateChange change;
  change.document_id = document_id;
  change.state = Publication::Unpublished;
  change.action = "unpublish";
  change.detail = why;
  change.who = std::string(who);
  change.at = utc_now();
  return m_impl->catalog->set_publication(change);
}

Result<DocumentInfo> Library::correct(std::int64_t document_id, const model::Metadata& corrected,
                                      std::string_view who) {
  Result<DocumentInfo> document = existing_document(*m_impl->catalog, document_id);
  if (!document.is_ok()) return document.status();
  Result<std::vector<VersionInfo>> all = versions(document_id);
  if (!all.is_ok()) return all.status();
  if (all->empty()) return Status::not_found(document->work_uri + ": has no versions");
  const VersionInfo& newest = all->back();
  if (document->state == Publication::Published && document->published_version == newest.number) {
    return Status::failed_precondition(document->work_uri + ": version " + std::to_string(newest.number) +
                                       " is public and is not changed; upload a new version to correct it");
  }
  Result<std::string> xml_text = xml(newest);
  if (!xml_text.is_ok()) return xml_text.status();
  Result<model::Document> parsed = model::from_akn(document->work_uri, xml_text.value());
  if (!parsed.is_ok()) return parsed.status();
  model::Document revised = std::move(parsed).value();

  std::string changes;
  for (const EditableField& field : kEditable) {
    const std::string value = trimmed(corrected.*field.member);
    std::string& current = revised.meta.*field.member;
    if (value == current) continue;
    if (!changes.empty()) changes += "; ";
    changes += std::string(field.name) + ": \"" + current + "\" → \"" + value + "\"";
    current = value;
  }
  if (changes.empty()) return document.value();
  if (!revised.meta.date.empty() && !is_calendar_date(revised.meta.date)) {
    return Status::invalid_argument("date \"" + revised.meta.date + "\" is not a calendar date (YYYY-MM-DD)");
  }

  revised.meta.work_suffix.clear();
  Result<WorkKey> key = choose_work_key(*m_impl->catalog, revised.meta, newest.source_name, document_id);
  if (!key.is_ok()) return key.status();
  if (const auto& holder = key->holder; holder && holder->id != document_id) {
    return Status::already_exists(holder->work_uri + " is already the address of \"" + holder->title +
                                  "\"; with these facts the two would be one work");
  }
  const std::string base_uri = model::work_uri(revised.meta);
  if (key->key != base_uri) revised.meta.work_suffix = key->key.substr(base_uri.size() + 1);
  // A published document's address is permanent: a draft version of it may not move it.
  if (document->state == Publication::Published && model::work_uri(revised.meta) != document->work_uri) {
    return Status::failed_precondition(document->work_uri + " is a published address and would become " +
                                       model::work_uri(revised.meta) +
                                       "; keep its type, number and date, or unpublish it first");
  }

  const std::string xml = model::to_akn(revised);
  if (Status valid = model::validate_akn(xml); !valid.is_ok()) {
    return Status::invalid_argument("the corrected document is not valid Akoma Ntoso: " + valid.message());
  }
  // The corrected XML is a new file; the catalog points at it only once it is safely written.
  const int revision = newest.revision + 1;
  if (Status written = write_file_atomic(xml_path(m_impl->dir, newest.original_sha256, revision), xml);
      !written.is_ok())
    return written;
  Revision change;
  change.document_id = document_id;
  change.version_id = newest.id;
  change.revision = revision;
  change.xml_sha256 = ingest::sha256_hex(xml);
  change.work_key = key->key;
  change.work_uri = model::work_uri(revised.meta);
  change.facts = facts_of(revised.meta);
  change.describes_document = document->state != Publication::Published;
  change.detail = "version " + std::to_string(newest.number) + ": " + changes;
  change.who = std::string(who);
  change.at = utc_now();
  if (Status revised_ok = m_impl->catalog->revise(change); !revised_ok.is_ok()) return revised_ok;
  return existing_document(*m_impl->catalog, document_id);
}

Status Library::add_user(std::string_view name, std::string_view password, std::string_view who) {
  const bool valid_name = !name.empty() && name.size() <= 64 && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ||
           c == '_';
  });
  if (!valid_name) {
    return Status::invalid_argument("account name \"" + std::string(name) +
                                    "\": use 1 to 64 letters, digits, '.', '-' or '_'");
  }
  if (password.size() < 8) return Status::invalid_argument("the password must have at least 8 characters");
  Result<std::optional<std::string>> existing = m_impl->catalog->password_hash(std::string(name));
  if (!existing.is_ok()) return existing.status();
  if (existing.value()) return Status::already_exists("account \"" + std::string(name) + "\" already exists");
  return m_impl->catalog->add_user(std::string(name), hash_password(password), std::string(who), utc_now());
}

Result<bool> Library::verify_user(std::string_view name, std::string_view password) const {
  Result<std::optional<std::string>> stored = m_impl->catalog->password_hash(std::string(name));
  if (!stored.is_ok()) return stored.status();
  if (!stored.value()) {
    // No such account: spend the same time, so the answer's speed does not tell which names exist.
    static const std::string decoy = hash_password("not a password");
    password_matches(password, decoy);
    return false;
  }
  return password_matches(password, *stored.value());
}

Result<std::vector<AuditEntry>> Library::audit(std::int64_t document_id, std::size_t limit) const {
  return m_impl->catalog->audit(document_id, limit);
}

}  // namespace vanthu::store
