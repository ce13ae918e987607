#pragma once

#include <QString>

namespace phc {

class MainWindow;

// Walks the real window through every wizard page with the guide's example
// and saves one PNG per page (for the README; run under Xvfb).
namespace Screenshots {

bool capture(MainWindow &window, const QString &dir);

} // namespace Screenshots

} // namespace phc
