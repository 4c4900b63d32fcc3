#include "api/upload_slots.hpp"

namespace trellis::api {

std::shared_ptr<void> UploadSlots::try_acquire(std::int64_t user_id) {
    {
        std::lock_guard lock(mutex_);
        auto& count = in_flight_[user_id];
        if (count >= per_person_) return nullptr;
        ++count;
    }
    return std::make_shared<Slot>(shared_from_this(), user_id);
}

UploadSlots::Slot::~Slot() { owner->release(user_id); }

void UploadSlots::release(std::int64_t user_id) {
    std::lock_guard lock(mutex_);
    const auto it = in_flight_.find(user_id);
    if (it != in_flight_.end() && --it->second <= 0) in_flight_.erase(it);
}

}  // namespace trellis::api
