#pragma once

#include <QString>

// Where the tests find the source tree, their data, the command-line program
// and the shared reference material. The paths are compiled into one small
// library of the build tree (tests/testpaths.cpp, generated), so that every
// other test source compiles the same in any checkout.
namespace phctest {

QString sourceDir();        // the project's source tree
QString testDataDir();      // tests/data
QString cliPath();          // the posthog-console executable
QString sharedReferenceDir(); // ../shared/reference beside the checkout
QString chartValuesPath();  // the chart's values.yaml in the shared reference

} // namespace phctest
