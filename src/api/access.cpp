#include "api/access.hpp"

#include <fmt/format.h>

#include <stdexcept>

namespace trellis::api {

std::string_view caller_name(Caller caller) {
    switch (caller) {
        case Caller::anonymous:
            return "anonymous";
        case Caller::stranger:
            return "stranger";
        case Caller::other_lead:
            return "other_lead";
        case Caller::partner:
            return "partner";
        case Caller::participant:
            return "participant";
        case Caller::member:
            return "member";
        case Caller::lead:
            return "lead";
        case Caller::data_lead:
            return "data_lead";
        case Caller::admin:
            return "admin";
        case Caller::facilitator:
            return "facilitator";
        case Caller::mentor:
            return "mentor";
        case Caller::reviewer:
            return "reviewer";
    }
    return "?";  // unreachable: -Wswitch makes every enumerator appear above
}

std::string_view outcome_name(Outcome outcome) {
    switch (outcome) {
        case Outcome::undeclared:
            return "undeclared";
        case Outcome::allowed:
            return "allowed";
        case Outcome::unauthenticated:
            return "401";
        case Outcome::forbidden:
            return "403";
        case Outcome::not_found:
            return "404";
    }
    return "?";
}

namespace {

Caller parse_caller(std::string_view name, std::string_view declaration) {
    for (std::size_t i = 0; i < kCallerCount; ++i) {
        const auto caller = static_cast<Caller>(i);
        if (caller_name(caller) == name) return caller;
    }
    throw std::logic_error(fmt::format("access declaration \"{}\": unknown caller \"{}\"", declaration, name));
}

Outcome parse_outcome(std::string_view text, std::string_view declaration) {
    for (auto outcome : {Outcome::allowed, Outcome::unauthenticated, Outcome::forbidden, Outcome::not_found}) {
        if (outcome_name(outcome) == text) return outcome;
    }
    throw std::logic_error(
        fmt::format("access declaration \"{}\": unknown outcome \"{}\" (allowed, 401, 403, 404)", declaration, text));
}

}  // namespace

Access Access::parse(std::string_view declaration) {
    Access access;
    std::size_t position = 0;
    while (position < declaration.size()) {
        const auto end = std::min(declaration.find(' ', position), declaration.size());
        const auto entry = declaration.substr(position, end - position);
        position = end + 1;
        if (entry.empty()) continue;
        const auto colon = entry.find(':');
        if (colon == std::string_view::npos) {
            throw std::logic_error(
                fmt::format("access declaration \"{}\": \"{}\" is not caller:outcome", declaration, entry));
        }
        const auto caller = parse_caller(entry.substr(0, colon), declaration);
        auto& slot = access.outcomes[static_cast<std::size_t>(caller)];
        if (slot != Outcome::undeclared) {
            throw std::logic_error(
                fmt::format("access declaration \"{}\": {} is declared twice", declaration, caller_name(caller)));
        }
        slot = parse_outcome(entry.substr(colon + 1), declaration);
    }
    if (!access.complete()) {
        throw std::logic_error(fmt::format("access declaration \"{}\" leaves a caller out", declaration));
    }
    return access;
}

bool Access::complete() const {
    for (auto outcome : outcomes) {
        if (outcome == Outcome::undeclared) return false;
    }
    return true;
}

namespace access {

// The lines are laid out caller by caller in the same order, so that two patterns read side by side.
const Access everyone = Access::parse(
    "anonymous:allowed stranger:allowed other_lead:allowed partner:allowed participant:allowed member:allowed "
    "lead:allowed data_lead:allowed admin:allowed facilitator:allowed mentor:allowed reviewer:allowed");
const Access signed_in = Access::parse(
    "anonymous:401 stranger:allowed other_lead:allowed partner:allowed participant:allowed member:allowed "
    "lead:allowed data_lead:allowed admin:allowed facilitator:allowed mentor:allowed reviewer:allowed");
const Access site_admins = Access::parse(
    "anonymous:401 stranger:403 other_lead:403 partner:403 participant:403 member:403 "
    "lead:403 data_lead:403 admin:403 facilitator:403 mentor:403 reviewer:403");
const Access team_readers = Access::parse(
    "anonymous:401 stranger:404 other_lead:404 partner:404 participant:allowed member:allowed "
    "lead:allowed data_lead:404 admin:allowed facilitator:404 mentor:404 reviewer:404");
const Access team_contributors = Access::parse(
    "anonymous:401 stranger:404 other_lead:404 partner:404 participant:403 member:allowed "
    "lead:allowed data_lead:404 admin:allowed facilitator:404 mentor:404 reviewer:404");
const Access meeting_takers_part = Access::parse(
    "anonymous:401 stranger:404 other_lead:404 partner:404 participant:allowed member:allowed "
    "lead:allowed data_lead:404 admin:allowed facilitator:404 mentor:404 reviewer:404");
const Access team_managers = Access::parse(
    "anonymous:401 stranger:404 other_lead:404 partner:404 participant:403 member:403 "
    "lead:allowed data_lead:404 admin:allowed facilitator:404 mentor:404 reviewer:404");
const Access organization_readers = Access::parse(
    "anonymous:401 stranger:404 other_lead:404 partner:allowed participant:allowed member:allowed "
    "lead:allowed data_lead:allowed admin:allowed facilitator:allowed mentor:allowed reviewer:allowed");
const Access organization_managers = Access::parse(
    "anonymous:401 stranger:404 other_lead:404 partner:403 participant:403 member:403 "
    "lead:403 data_lead:403 admin:allowed facilitator:403 mentor:403 reviewer:403");
const Access student_data_readers = Access::parse(
    "anonymous:401 stranger:404 other_lead:404 partner:404 participant:404 member:allowed "
    "lead:allowed data_lead:allowed admin:allowed facilitator:404 mentor:404 reviewer:404");
const Access student_data_managers = Access::parse(
    "anonymous:401 stranger:404 other_lead:404 partner:404 participant:404 member:403 "
    "lead:403 data_lead:allowed admin:allowed facilitator:404 mentor:404 reviewer:404");
const Access student_data_contributors = Access::parse(
    "anonymous:401 stranger:404 other_lead:404 partner:404 participant:404 member:allowed "
    "lead:allowed data_lead:allowed admin:allowed facilitator:404 mentor:404 reviewer:404");
const Access shared_data_readers = Access::parse(
    "anonymous:401 stranger:404 other_lead:404 partner:allowed participant:allowed member:allowed "
    "lead:allowed data_lead:allowed admin:allowed facilitator:allowed mentor:allowed reviewer:allowed");
const Access network_readers = Access::parse(
    "anonymous:401 stranger:404 other_lead:404 partner:allowed participant:allowed member:allowed "
    "lead:allowed data_lead:allowed admin:allowed facilitator:allowed mentor:allowed reviewer:allowed");
const Access network_managers = Access::parse(
    "anonymous:401 stranger:404 other_lead:404 partner:403 participant:403 member:403 "
    "lead:403 data_lead:403 admin:403 facilitator:allowed mentor:403 reviewer:403");
const Access agreement_readers = Access::parse(
    "anonymous:401 stranger:404 other_lead:404 partner:allowed participant:404 member:allowed "
    "lead:allowed data_lead:allowed admin:allowed facilitator:allowed mentor:allowed reviewer:allowed");
const Access agreement_managers = Access::parse(
    "anonymous:401 stranger:404 other_lead:404 partner:403 participant:404 member:403 "
    "lead:403 data_lead:403 admin:403 facilitator:allowed mentor:403 reviewer:403");
const Access coaching_log_writers = Access::parse(
    "anonymous:401 stranger:404 other_lead:404 partner:403 participant:404 member:403 "
    "lead:403 data_lead:403 admin:403 facilitator:allowed mentor:allowed reviewer:403");
// The member districts' staff read too, and see only what a team shares with its peers; a participant seat does not.
const Access network_progress_readers = Access::parse(
    "anonymous:401 stranger:404 other_lead:404 partner:allowed participant:404 member:allowed lead:allowed "
    "data_lead:allowed admin:allowed facilitator:allowed mentor:allowed reviewer:allowed");

}  // namespace access

}  // namespace trellis::api
