// Compiled against the store layer's include tree by a CTest test: a store header is visible to the store.
#include "trellis/store/teams.hpp"
