#pragma once

#include <QLocale>
#include <QString>

namespace phc {

// US dollars, whole, with the locale's digit grouping and the sign in front
// whatever the locale: the sizing and pricing tables are in dollars.
inline QString formatUsd(double value)
{
    return QStringLiteral("$") + QLocale().toString(value, 'f', 0);
}

} // namespace phc
