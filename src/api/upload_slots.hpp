#pragma once
// How many uploads one person may have in flight at once. An upload holds a worker's attention, a file on disk
// and a database import for minutes; a person (or a stolen token) opening many at once would hold them all.
#include <cstdint>
#include <memory>
#include <mutex>
#include <unordered_map>

namespace trellis::api {

class UploadSlots : public std::enable_shared_from_this<UploadSlots> {
public:
    explicit UploadSlots(int per_person) : per_person_(per_person) {}

    // A slot, freed when the returned handle is destroyed; null when the person already holds every slot.
    std::shared_ptr<void> try_acquire(std::int64_t user_id);

private:
    // The handle: keeps the slots alive and gives its slot back when destroyed.
    struct Slot {
        Slot(std::shared_ptr<UploadSlots> o, std::int64_t u) : owner(std::move(o)), user_id(u) {}
        Slot(const Slot&) = delete;
        Slot& operator=(const Slot&) = delete;
        ~Slot();
        std::shared_ptr<UploadSlots> owner;
        std::int64_t user_id;
    };
    void release(std::int64_t user_id);

    const int per_person_;
    std::mutex mutex_;
    std::unordered_map<std::int64_t, int> in_flight_;  // only people with at least one upload in flight
};

}  // namespace trellis::api
