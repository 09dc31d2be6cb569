// SPDX-License-Identifier: Apache-2.0
//
// Private to engine/model: the namespaces of the canonical XML.
#pragma once

namespace vanthu::model {

inline constexpr const char* kAknNamespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
// Vietnamese facts with no AKN element (ARCHITECTURE.md §3): in meta/proprietary under this namespace.
inline constexpr const char* kVanthuNamespace = "https://vanthu.dev/ns/akn-vn/1.0";

}  // namespace vanthu::model
