#pragma once
// The coaching-hours warning (issue 11): mailed once when an agreement's coaching log reaches 80%, and once at
// 100%, of the purchased hours, in the reader's language ("en" or "es"). A reminder: people may turn it off.
#include <string>

#include "trellis/notify/mailer.hpp"

namespace trellis::notify {

struct HoursWarningFacts {
    std::string title;  // the agreement's
    int level = 80;     // 80 or 100
    double used_hours = 0;
    double purchased_hours = 0;
    std::string link;
};

MailMessage hours_warning_mail(const std::string& to, const std::string& name, const HoursWarningFacts& facts,
                               const std::string& lang);

}  // namespace trellis::notify
