#include "trellis/domain/network_progress.hpp"

#include <algorithm>

namespace trellis::domain {

namespace {

constexpr std::int64_t kDay = 86400;

std::optional<double> median(std::vector<double> values) {
    if (values.empty()) return std::nullopt;
    std::sort(values.begin(), values.end());
    const auto middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

}  // namespace

MeetingRhythm meeting_rhythm(const std::vector<MeetingFacts>& meetings, std::int64_t now) {
    MeetingRhythm rhythm;
    std::vector<std::int64_t> held;
    for (const auto& m : meetings) {
        if (!m.starts_at) continue;
        if (m.status == "closed") {
            held.push_back(*m.starts_at);
        } else if (m.status == "live") {
            rhythm.next_at = rhythm.next_at ? std::min(*rhythm.next_at, *m.starts_at) : *m.starts_at;
        } else if (m.status == "scheduled" && *m.starts_at >= now) {
            // A live meeting is happening now: it stays the next one whatever is scheduled later.
            const bool live_found = std::any_of(meetings.begin(), meetings.end(),
                                                [](const MeetingFacts& other) { return other.status == "live"; });
            if (!live_found) rhythm.next_at = rhythm.next_at ? std::min(*rhythm.next_at, *m.starts_at) : *m.starts_at;
        }
    }
    std::sort(held.begin(), held.end());
    rhythm.held = static_cast<int>(held.size());
    if (!held.empty()) rhythm.last_held_at = held.back();
    std::vector<double> gaps;
    for (std::size_t i = 1; i < held.size(); ++i) gaps.push_back(static_cast<double>((held[i] - held[i - 1]) / kDay));
    rhythm.median_days_between = median(std::move(gaps));
    return rhythm;
}

}  // namespace trellis::domain
