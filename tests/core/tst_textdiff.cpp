#include "core/textdiff.h"

#include <QTest>

using namespace phc;

namespace {

// Applies a diff to its old text: must give the new text exactly.
QString applyNew(const QList<DiffLine> &diff)
{
    QString out;
    for (const auto &l : diff)
        if (l.kind != DiffLine::Kind::Removed)
            out += l.text + u'\n';
    return out;
}

QString applyOld(const QList<DiffLine> &diff)
{
    QString out;
    for (const auto &l : diff)
        if (l.kind != DiffLine::Kind::Added)
            out += l.text + u'\n';
    return out;
}

QString marks(const QList<DiffLine> &diff)
{
    QString out;
    for (const auto &l : diff)
        out += l.kind == DiffLine::Kind::Same ? u'=' : l.kind == DiffLine::Kind::Added ? u'+' : u'-';
    return out;
}

} // namespace

class TestTextDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void minimalEdits_data()
    {
        QTest::addColumn<QString>("oldText");
        QTest::addColumn<QString>("newText");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("changes");
        QTest::newRow("same") << "a\nb\n" << "a\nb\n" << "==" << 0;
        QTest::newRow("empty to text") << "" << "a\nb\n" << "++" << 2;
        QTest::newRow("text to empty") << "a\nb\n" << "" << "--" << 2;
        QTest::newRow("one changed") << "a\nb\nc\n" << "a\nX\nc\n" << "=-+=" << 2;
        QTest::newRow("insert middle") << "a\nc\n" << "a\nb\nc\n" << "=+=" << 1;
        QTest::newRow("delete first") << "a\nb\nc\n" << "b\nc\n" << "-==" << 1;
        // Myers' classic example: ABCABBA -> CBABAC has edit distance 5.
        QTest::newRow("myers") << "A\nB\nC\nA\nB\nB\nA\n" << "C\nB\nA\nB\nA\nC\n" << QString() << 5;
    }

    void minimalEdits()
    {
        QFETCH(QString, oldText);
        QFETCH(QString, newText);
        QFETCH(QString, expected);
        QFETCH(int, changes);
        const auto diff = TextDiff::lines(oldText, newText);
        if (!expected.isEmpty())
            QCOMPARE(marks(diff), expected);
        QCOMPARE(TextDiff::countChanges(diff), changes);
        QCOMPARE(applyOld(diff), oldText);
        QCOMPARE(applyNew(diff), newText);
    }

    void lineNumbers()
    {
        const auto diff = TextDiff::lines(QStringLiteral("a\nb\nc\n"), QStringLiteral("a\nX\nc\n"));
        QCOMPARE(diff.size(), 4);
        QCOMPARE(diff[0], (DiffLine {DiffLine::Kind::Same, QStringLiteral("a"), 1, 1}));
        QCOMPARE(diff[1], (DiffLine {DiffLine::Kind::Removed, QStringLiteral("b"), 2, 0}));
        QCOMPARE(diff[2], (DiffLine {DiffLine::Kind::Added, QStringLiteral("X"), 0, 2}));
        QCOMPARE(diff[3], (DiffLine {DiffLine::Kind::Same, QStringLiteral("c"), 3, 3}));
    }

    void unifiedHunks()
    {
        QStringList oldLines;
        for (int i = 1; i <= 20; ++i)
            oldLines << QString::number(i);
        QStringList newLines = oldLines;
        newLines[9] = QStringLiteral("ten");
        const auto diff = TextDiff::lines(oldLines.join(u'\n') + u'\n', newLines.join(u'\n') + u'\n');
        // As `diff -U3` prints it: lines 7..13, line 10 replaced.
        QCOMPARE(TextDiff::unified(diff), QStringLiteral("@@ -7,7 +7,7 @@\n 7\n 8\n 9\n-10\n+ten\n 11\n 12\n 13\n"));
        QCOMPARE(TextDiff::unified(TextDiff::lines(QStringLiteral("a\n"), QStringLiteral("a\n"))), QString());
    }

    void boundedWhenTooDifferent()
    {
        QString a, b;
        for (int i = 0; i < 300; ++i) {
            a += QStringLiteral("old %1\n").arg(i);
            b += QStringLiteral("new %1\n").arg(i);
        }
        const auto diff = TextDiff::lines(a, b, 50);
        QCOMPARE(TextDiff::countChanges(diff), 600);
        QCOMPARE(applyNew(diff), b);
    }
};

QTEST_GUILESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
