#pragma once
// The view of an analysis that may leave the district (shared with the network, exports for peers): every
// count from 1 to settings.suppress_at_most is hidden with everything derived from it, and complementary
// suppression inside each mutually exclusive set (race and ethnicity; gender; home language) and between a
// group and its complement (ALL minus the group) makes sure no hidden count can be recovered by subtraction.
// See docs/analysis.md for the rules; property tests in suppression_test.cpp prove them on random tables.
#include "trellis/analytics/equity.hpp"

namespace trellis::analytics {

// `full` is the unsuppressed analysis (analyze_indicator); the answer has the same groups in the same order.
IndicatorAnalysis suppress_for_sharing(const IndicatorAnalysis& full, const AnalysisSettings& settings);

}  // namespace trellis::analytics
