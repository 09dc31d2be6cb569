// SPDX-License-Identifier: Apache-2.0
//
// Private to engine/server: the clerks' changes to the library. The server reads the library all the time but
// writes only for these: each opens it for writing (waiting a little while another writer, such as `vanthu ingest`,
// finishes), makes its change with its audit row, brings the search index up to it and lets go. The pages and
// searches see the change on their next request (Site refreshes on the catalog's last change).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/base.h"
#include "model/model.h"
#include "server/http.h"
#include "server/site.h"
#include "store/store.h"

namespace vanthu::server {

// What became of one uploaded file: stored (as a draft, or an unchanged copy), or refused with a reason.
struct Stored {
  std::string filename;
  Status status;
  store::AddResult added;             // when status is ok
  std::vector<std::string> warnings;  // what ingest and structure noticed
};

// Reads, parses and stores each file as a draft by who; a bad file is reported and the others go on. version_of is
// the document the files are new versions of (0: new documents, or versions by their address).
std::vector<Stored> store_uploads(Site& site, const std::vector<Upload>& files, const std::string& who,
                                  std::int64_t version_of);

Status publish_document(Site& site, std::int64_t id, int version, const std::string& who);
Status unpublish_document(Site& site, std::int64_t id, const std::string& reason, const std::string& who);
Result<store::DocumentInfo> correct_document(Site& site, std::int64_t id, const model::Metadata& corrected,
                                             const std::string& who);

}  // namespace vanthu::server
