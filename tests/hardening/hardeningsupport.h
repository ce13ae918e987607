#pragma once

// Shared by the hostile-input suites: input built by repetition, and the
// memory measurements of memorytestsupport.h.

#include "memorytestsupport.h"

#include <QByteArray>

namespace phctest {

// `piece` `times` times over: hostile input of any size, built once.
inline QByteArray repeated(QByteArrayView piece, qsizetype times)
{
    QByteArray out;
    out.reserve(piece.size() * times);
    for (qsizetype i = 0; i < times; ++i)
        out += piece;
    return out;
}

} // namespace phctest
