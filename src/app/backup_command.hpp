#pragma once
// trellis backup, restore and copy: moving a site's data between files and engines (docs/operations.md, "Backups").
#include <iosfwd>
#include <string>

#include "app/commands.hpp"

namespace trellis::app {

// Each returns the exit code; a problem is thrown as std::runtime_error / std::invalid_argument with a message that
// names what is wrong (main prints it and exits 1).
int run_backup(const CommonOptions& common, const std::string& file, std::ostream& out);
int run_restore(const CommonOptions& common, const std::string& file, std::ostream& out);
// Streams a snapshot of `from` straight into `to`: no file in between.
int run_copy(const std::string& from, const std::string& to, std::ostream& out);

}  // namespace trellis::app
