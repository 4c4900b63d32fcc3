// Compiled against the store layer's include tree by a CTest test: the api is above the store, so this
// include must not compile.
#include "trellis/api/services.hpp"
