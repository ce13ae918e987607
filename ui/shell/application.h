#pragma once

namespace phc {

// Starts the desktop application; returns its exit code. When no display
// can be reached, says so in one line (pointing to the CLI and xvfb-run)
// instead of letting Qt abort.
int runGui(int argc, char *argv[]);

// True when a platform plugin can be expected to start.
bool displayAvailable();

} // namespace phc
