#include "textdiff.h"

#include <algorithm>
#include <vector>

namespace phc {

namespace {

QStringList splitLines(const QString &text)
{
    if (text.isEmpty())
        return {};
    QStringList out = text.split(u'\n');
    if (text.endsWith(u'\n'))
        out.removeLast();
    return out;
}

QList<DiffLine> replaceAll(const QStringList &a, const QStringList &b)
{
    QList<DiffLine> out;
    for (int i = 0; i < a.size(); ++i)
        out.append({DiffLine::Kind::Removed, a[i], i + 1, 0});
    for (int j = 0; j < b.size(); ++j)
        out.append({DiffLine::Kind::Added, b[j], 0, j + 1});
    return out;
}

} // namespace

QList<DiffLine> TextDiff::lines(const QString &oldText, const QString &newText, int maxEditDistance)
{
    const QStringList a = splitLines(oldText);
    const QStringList b = splitLines(newText);
    const int n = int(a.size());
    const int m = int(b.size());
    const int maxD = std::min(n + m, maxEditDistance);
    const int offset = maxD + 1;
    // v[k + offset]: furthest x on diagonal k; one snapshot per d for the backtrack.
    std::vector<int> v(size_t(2 * maxD + 3), 0);
    std::vector<std::vector<int>> trace;
    int found = -1;
    for (int d = 0; d <= maxD && found < 0; ++d) {
        trace.push_back(v);
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[size_t(k - 1 + offset)] < v[size_t(k + 1 + offset)]))
                ? v[size_t(k + 1 + offset)]
                : v[size_t(k - 1 + offset)] + 1;
            int y = x - k;
            while (x < n && y < m && a[x] == b[y]) {
                ++x;
                ++y;
            }
            v[size_t(k + offset)] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
    }
    if (found < 0)
        return replaceAll(a, b);

    QList<DiffLine> reversed;
    int x = n;
    int y = m;
    for (int d = found; d > 0; --d) {
        const std::vector<int> &pv = trace[size_t(d)];
        const int k = x - y;
        const bool down = k == -d || (k != d && pv[size_t(k - 1 + offset)] < pv[size_t(k + 1 + offset)]);
        const int prevK = down ? k + 1 : k - 1;
        const int prevX = pv[size_t(prevK + offset)];
        const int prevY = prevX - prevK;
        while (x > prevX + (down ? 0 : 1) && y > prevY + (down ? 1 : 0)) {
            --x;
            --y;
            reversed.append({DiffLine::Kind::Same, a[x], x + 1, y + 1});
        }
        if (down) {
            --y;
            reversed.append({DiffLine::Kind::Added, b[y], 0, y + 1});
        } else {
            --x;
            reversed.append({DiffLine::Kind::Removed, a[x], x + 1, 0});
        }
    }
    while (x > 0 && y > 0) {
        --x;
        --y;
        reversed.append({DiffLine::Kind::Same, a[x], x + 1, y + 1});
    }
    std::reverse(reversed.begin(), reversed.end());
    return reversed;
}

int TextDiff::countChanges(const QList<DiffLine> &diff)
{
    return int(std::count_if(diff.cbegin(), diff.cend(), [](const DiffLine &l) { return l.kind != DiffLine::Kind::Same; }));
}

QString TextDiff::unified(const QList<DiffLine> &diff, int context)
{
    QString out;
    const int total = int(diff.size());
    int i = 0;
    while (i < total) {
        if (diff[i].kind == DiffLine::Kind::Same) {
            ++i;
            continue;
        }
        // A hunk: from `context` lines before this change to `context` lines
        // after the last change that is at most 2*context lines away.
        const int start = std::max(0, i - context);
        int end = i;
        int lastChange = i;
        while (end < total) {
            if (diff[end].kind != DiffLine::Kind::Same)
                lastChange = end;
            else if (end - lastChange > 2 * context)
                break;
            ++end;
        }
        end = std::min(total, lastChange + context + 1);
        int oldStart = 0, newStart = 0, oldCount = 0, newCount = 0;
        // The first old/new line numbers in the hunk, counting from the lines before it.
        int oldBefore = 0, newBefore = 0;
        for (int j = 0; j < start; ++j) {
            if (diff[j].kind != DiffLine::Kind::Added)
                ++oldBefore;
            if (diff[j].kind != DiffLine::Kind::Removed)
                ++newBefore;
        }
        QString body;
        for (int j = start; j < end; ++j) {
            const DiffLine &l = diff[j];
            const QChar mark = l.kind == DiffLine::Kind::Same ? u' ' : l.kind == DiffLine::Kind::Added ? u'+' : u'-';
            if (l.kind != DiffLine::Kind::Added)
                ++oldCount;
            if (l.kind != DiffLine::Kind::Removed)
                ++newCount;
            body += mark + l.text + u'\n';
        }
        oldStart = oldCount ? oldBefore + 1 : oldBefore;
        newStart = newCount ? newBefore + 1 : newBefore;
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n").arg(oldStart).arg(oldCount).arg(newStart).arg(newCount) + body;
        i = end;
    }
    return out;
}

} // namespace phc
