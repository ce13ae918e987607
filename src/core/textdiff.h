#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace phc {

// Line diff of two texts (Myers' O(ND) algorithm), for the preview's
// "what changes" view.
struct DiffLine
{
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;
    int oldLine = 0; // 1-based; 0 for added lines
    int newLine = 0; // 1-based; 0 for removed lines

    friend bool operator==(const DiffLine &, const DiffLine &) = default;
};

namespace TextDiff {

// Every line of both texts, in order. Texts of more than maxEditDistance
// differing lines are compared as "all removed, all added" to bound time and
// memory (the trace is O(D^2)).
QList<DiffLine> lines(const QString &oldText, const QString &newText, int maxEditDistance = 4000);

// The same as `git diff -U<context>` hunks, without file headers.
QString unified(const QList<DiffLine> &diff, int context = 3);

int countChanges(const QList<DiffLine> &diff);

} // namespace TextDiff

} // namespace phc
