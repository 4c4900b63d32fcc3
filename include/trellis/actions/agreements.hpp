#pragma once
// A network's agreements (MOUs, issue 11): the rules of creating and editing one. Parties must have accepted their
// membership of the network, coaches belong to the mentor organization, each liaison to the party organization
// named; bad fields are validation failures naming the field ("peer_organization_ids[1]"). Every change appends a
// version with who and when; an edit at an older version is a stale_edit failure.
#include <cstdint>
#include <functional>
#include <string>

#include "trellis/actions/caller.hpp"
#include "trellis/actions/failure.hpp"
#include "trellis/store/agreements.hpp"

namespace trellis::actions {

// The text kept for each version (the api's JSON of the agreement's own fields): the action decides when a version
// is written, the api what it looks like.
using AgreementSnapshot = std::function<std::string(const store::Agreement&)>;

// `draft.network_id` set; names are ignored (the organizations and people are found by id).
Result<store::Agreement> create_agreement(const Caller& caller, store::Agreement draft,
                                          const AgreementSnapshot& snapshot);
// `edited` is the current agreement with the sent fields applied and `edited.version` the version the client read.
Result<store::Agreement> edit_agreement(const Caller& caller, store::Agreement edited,
                                        const AgreementSnapshot& snapshot);

}  // namespace trellis::actions
