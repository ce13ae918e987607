// Hostile YAML for both readers of user files, the profile loader and the
// chart values importer: huge files and strings, endless input, deep
// nesting, alias bombs, too many nodes, invalid UTF-8. Each must end in a
// clear error (with line:column where there is one) within bounded memory.
// Time is guarded by QTEST_FUNCTION_TIMEOUT only, never asserted.
#include "hardeningsupport.h"

#include "core/yamlreader.h"
#include "profile/profileio.h"
#include "profile/valuesimporter.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace phc;
using namespace phctest;

namespace {

enum class Reader { Profile, Values };

struct Outcome
{
    bool ok = false;
    Issues issues;

    QString errors(const QString &file = QStringLiteral("input.yaml")) const { return formatIssues(issues, file); }
    const Issue *firstError() const
    {
        for (const Issue &i : issues)
            if (i.severity == Severity::Error)
                return &i;
        return nullptr;
    }
};

Outcome read(Reader reader, const QByteArray &yaml)
{
    if (reader == Reader::Profile) {
        const auto r = ProfileIO::parse(yaml);
        return {r.ok(), r.issues()};
    }
    const auto r = ValuesImporter::import(yaml);
    return {r.ok(), r.issues()};
}

// What the applications do with a path: ProfileIO::loadFile for profiles,
// readYamlFile and the importer for values (the GUI's import).
Outcome load(Reader reader, const QString &path)
{
    if (reader == Reader::Profile) {
        const auto r = ProfileIO::loadFile(path);
        return {r.ok(), r.issues()};
    }
    Issues issues;
    const auto bytes = readYamlFile(path, issues);
    if (!bytes)
        return {false, issues};
    return read(reader, *bytes);
}

void addReaders(const char *name)
{
    QTest::addRow("%s (profile)", name) << Reader::Profile;
    QTest::addRow("%s (values)", name) << Reader::Values;
}

// Nine levels of ten references each: 10^9 strings when expanded.
QByteArray billionLaughs(const QByteArray &placeAt)
{
    QByteArray y = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int level = 1; level <= 9; ++level) {
        const QByteArray prev = "*a" + QByteArray::number(level - 1);
        y += "a" + QByteArray::number(level) + ": &a" + QByteArray::number(level) + " [" + prev;
        for (int i = 1; i < 10; ++i)
            y += ", " + prev;
        y += "]\n";
    }
    return y + placeAt;
}

// Memory bounds, generous on purpose: a multiple of what the bounded work
// needs, far below what following the hostile input would take.
constexpr qint64 refusedUnreadMiB = 16;   // refused on size: at most the 4 MiB limit is read
constexpr qint64 refusedParsedMiB = 64;   // refused while parsing (node, depth, alias and UTF-8 bounds)
constexpr qint64 largestDocumentMiB = 160; // a 4 MiB document that is read whole

} // namespace

Q_DECLARE_METATYPE(Reader)

class TestHostileYaml : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void fileOf100MegabytesIsRefusedUnread_data()
    {
        QTest::addColumn<Reader>("reader");
        addReaders("100 MB value");
    }
    void fileOf100MegabytesIsRefusedUnread()
    {
        QFETCH(Reader, reader);
        // A profile whose name is a 100 MB string.
        const QString path = m_dir.filePath(QStringLiteral("huge.yaml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("apiVersion: posthog-console/v1\nkind: DeploymentProfile\nmetadata:\n  name: ");
        const QByteArray mebibyte(1024 * 1024, 'x');
        for (int i = 0; i < 100; ++i)
            QCOMPARE(f.write(mebibyte), mebibyte.size());
        f.close();

        PeakMemory memory;
        const Outcome r = load(reader, path);
        QVERIFY(!r.ok);
        const QString text = r.errors(path);
        QVERIFY2(text.startsWith(path + QStringLiteral(": ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("the file is %1 bytes").arg(f.size())), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("4 MiB")), qPrintable(text));
        QVERIFY2(memory.growthMiB() < refusedUnreadMiB, qPrintable(QString::number(memory.growthMiB())));
        QFile::remove(path);
    }

    void endlessInputIsCutAtTheLimit_data()
    {
        QTest::addColumn<Reader>("reader");
        addReaders("/dev/zero");
    }
    void endlessInputIsCutAtTheLimit()
    {
        QFETCH(Reader, reader);
        // size() is 0 for a device: only reading tells how long it is.
        PeakMemory memory;
        const Outcome r = load(reader, QStringLiteral("/dev/zero"));
        QVERIFY(!r.ok);
        QVERIFY2(r.errors().contains(QStringLiteral("longer than 4194304 bytes (4 MiB)")), qPrintable(r.errors()));
        QVERIFY2(memory.growthMiB() < refusedUnreadMiB, qPrintable(QString::number(memory.growthMiB())));
    }

    void oversizedTextIsRefused_data()
    {
        QTest::addColumn<Reader>("reader");
        addReaders("100 MB in memory");
    }
    void oversizedTextIsRefused()
    {
        QFETCH(Reader, reader);
        const QByteArray yaml = "name: " + QByteArray(100 * 1024 * 1024, 'x');
        PeakMemory memory;
        const Outcome r = read(reader, yaml);
        QVERIFY(!r.ok);
        QVERIFY2(r.errors().contains(QStringLiteral("document is %1 bytes; the limit is 4194304 bytes").arg(yaml.size())),
                 qPrintable(r.errors()));
        QVERIFY2(memory.growthMiB() < refusedUnreadMiB, qPrintable(QString::number(memory.growthMiB())));
    }

    void largestStringIsReadWithinBounds_data()
    {
        QTest::addColumn<Reader>("reader");
        addReaders("4 MiB value");
    }
    void largestStringIsReadWithinBounds()
    {
        QFETCH(Reader, reader);
        const QByteArray head = reader == Reader::Profile
            ? QByteArray("apiVersion: posthog-console/v1\nkind: DeploymentProfile\nmetadata:\n  name: ")
            : QByteArray("image:\n  tag: ");
        QByteArray yaml = head + QByteArray(maxYamlDocumentBytes - head.size() - 200, 'x') + '\n';
        if (reader == Reader::Profile)
            yaml += "spec:\n  domain:\n    hostname: ph.example.com\n";
        QVERIFY(yaml.size() <= maxYamlDocumentBytes);
        PeakMemory memory;
        const Outcome r = read(reader, yaml);
        QVERIFY2(r.ok, qPrintable(r.errors()));
        QVERIFY2(memory.growthMiB() < largestDocumentMiB, qPrintable(QString::number(memory.growthMiB())));
    }

    void longUnknownKeyIsReported_data()
    {
        QTest::addColumn<Reader>("reader");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        // At the key; the importer reports where the value of that path is.
        QTest::newRow("3 MiB key (profile)") << Reader::Profile << QStringLiteral("unknown key 'kkkkkkkk") << 2 << 5;
        QTest::newRow("3 MiB key (values)") << Reader::Values << QStringLiteral("key path longer than 512 characters")
                                            << 3 << 5;
    }
    void longUnknownKeyIsReported()
    {
        QFETCH(Reader, reader);
        QFETCH(QString, message);
        QFETCH(int, line);
        QFETCH(int, column);
        // The "did you mean" hint must not compare 3 MiB with every known key character by
        // character. An explicit key ("? "): yaml-cpp refuses plain keys over 1024 characters.
        const QByteArray key(3 * 1024 * 1024, 'k');
        const Outcome r = read(reader, "spec:\n  ? " + key + "\n  : 1\n");
        QVERIFY(!r.ok);
        const bool found = std::any_of(r.issues.cbegin(), r.issues.cend(), [&](const Issue &i) {
            return i.line == line && i.column == column && i.message.startsWith(message);
        });
        QVERIFY2(found, qPrintable(r.errors().left(300)));
    }

    void deepNesting_data()
    {
        QTest::addColumn<Reader>("reader");
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        const int levels = 100'000;
        const QByteArray deepFlow = repeated("[", levels) + repeated("]", levels);
        const QByteArray deepMaps = repeated("{a: ", levels) + "b" + repeated("}", levels);
        const QByteArray deepDashes = repeated("- ", levels) + "x\n";
        // Block indentation, one more space per level, as deep as fits in 4 MiB.
        QByteArray indented;
        for (int level = 0; level < 2800; ++level)
            indented += QByteArray(level, ' ') + "a:\n";
        for (Reader reader : {Reader::Profile, Reader::Values}) {
            const char *which = reader == Reader::Profile ? "profile" : "values";
            // Refused where level 101 opens.
            QTest::addRow("10^5 [ (%s)", which) << reader << deepFlow << 1 << 101;
            QTest::addRow("10^5 { (%s)", which) << reader << deepMaps << 1 << 401;
            QTest::addRow("10^5 '- ' (%s)", which) << reader << deepDashes << 1 << 201;
            QTest::addRow("2800 indented levels (%s)", which) << reader << indented << 101 << 101;
            // Unclosed, yaml-cpp reads each bracket as a list in a one-entry mapping: two levels each.
            QTest::addRow("10^5 unclosed [ (%s)", which) << reader << repeated("[", levels) << 1 << 51;
        }
    }
    void deepNesting()
    {
        QFETCH(Reader, reader);
        QFETCH(QByteArray, yaml);
        QFETCH(int, line);
        QFETCH(int, column);
        QVERIFY(yaml.size() <= maxYamlDocumentBytes);
        PeakMemory memory;
        const Outcome r = read(reader, yaml);
        QVERIFY(!r.ok);
        const Issue *e = r.firstError();
        QVERIFY(e);
        QVERIFY2(e->message == QStringLiteral("nested deeper than 100 levels"), qPrintable(r.errors()));
        QCOMPARE(e->line, line);
        QCOMPARE(e->column, column);
        QVERIFY2(memory.growthMiB() < refusedParsedMiB, qPrintable(QString::number(memory.growthMiB())));
    }

    void tooManyNodes_data()
    {
        QTest::addColumn<Reader>("reader");
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        const QByteArray blockList = repeated("- a\n", (maxYamlDocumentBytes - 100) / 4);
        const QByteArray flowList = "[" + repeated("a,", (maxYamlDocumentBytes - 100) / 2) + "a]";
        const QByteArray flowMaps = "[" + repeated("{a: 1},", (maxYamlDocumentBytes - 100) / 7) + "{}]";
        // The root list and 100,000 items: refused at the last item; the 100,000th comma.
        const QString nodes = QStringLiteral("more than 100000 values");
        const QString flow = QStringLiteral("more than 100000 of the characters ',', '[' and '{'");
        for (Reader reader : {Reader::Profile, Reader::Values}) {
            const char *which = reader == Reader::Profile ? "profile" : "values";
            QTest::addRow("4 MiB of '- a' (%s)", which) << reader << blockList << nodes << 100'000 << 3;
            QTest::addRow("4 MiB of 'a,' (%s)", which) << reader << flowList << flow << 1 << 200'001;
            QTest::addRow("4 MiB of '{a: 1},' (%s)", which) << reader << flowMaps << flow << 1 << 350'001;
        }
    }
    void tooManyNodes()
    {
        // yaml-cpp would need 0.5 to 1 GB for any of them.
        QFETCH(Reader, reader);
        QFETCH(QByteArray, yaml);
        QFETCH(QString, message);
        QFETCH(int, line);
        QFETCH(int, column);
        PeakMemory memory;
        const Outcome r = read(reader, yaml);
        QVERIFY(!r.ok);
        const Issue *e = r.firstError();
        QVERIFY(e);
        QVERIFY2(e->message.startsWith(message), qPrintable(e->message));
        QCOMPARE(e->line, line);
        QCOMPARE(e->column, column);
        QVERIFY2(memory.growthMiB() < refusedParsedMiB, qPrintable(QString::number(memory.growthMiB())));
    }

    void aliasBombs_data()
    {
        QTest::addColumn<Reader>("reader");
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("message");
        // Placed where each reader looks: the profile reads a list of strings,
        // the importer walks every key the file has.
        QTest::newRow("billion laughs (profile)")
            << Reader::Profile
            << billionLaughs("spec:\n  domain:\n    hostname: ph.example.com\n    corsOrigins: *a9\n")
            << QStringLiteral("expected a single value, found a list");
        QTest::newRow("billion laughs (values)") << Reader::Values << billionLaughs("ingress:\n  annotations: *a9\n")
                                                 << QStringLiteral("more than 50000 keys and list items");
        // One big list referenced from one big list: 10^8 items in 100 KB.
        QByteArray quadratic = "big: &big [" + repeated("x, ", 9999) + "x]\nrefs: [" + repeated("*big, ", 9999) + "*big]\n";
        QTest::newRow("quadratic (values)") << Reader::Values << quadratic << QStringLiteral("more than 50000 keys and list items");
        QTest::newRow("quadratic (profile)") << Reader::Profile << quadratic << QStringLiteral("unknown key 'big'");
    }
    void aliasBombs()
    {
        QFETCH(Reader, reader);
        QFETCH(QByteArray, yaml);
        QFETCH(QString, message);
        PeakMemory memory;
        const Outcome r = read(reader, yaml);
        QVERIFY(!r.ok);
        QVERIFY2(r.errors().contains(message), qPrintable(r.errors().left(2000)));
        QVERIFY(r.issues.size() < 100);
        QVERIFY2(memory.growthMiB() < refusedParsedMiB, qPrintable(QString::number(memory.growthMiB())));
    }

    void longKeyPathIsRefused()
    {
        // 40 levels of 20-character keys: an 840-character path, past the importer's 512.
        QByteArray yaml;
        for (int level = 0; level < 40; ++level)
            yaml += QByteArray(level * 2, ' ') + QByteArray(20, char('a' + level % 26)) + ":\n";
        yaml += QByteArray(80, ' ') + "leaf: 1\n";
        const Outcome r = read(Reader::Values, yaml);
        QVERIFY(!r.ok);
        QVERIFY2(r.errors().contains(QStringLiteral("key path longer than 512 characters")), qPrintable(r.errors()));
        QVERIFY(r.firstError()->line > 0);
    }

    void invalidUtf8_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("byte");
        // Latin-1 "café" as an editor might save it.
        QTest::newRow("latin-1") << QByteArray("image:\n  tag: ok\nname: caf\xe9\n") << 3 << 10 << "0xe9";
        QTest::newRow("lone continuation") << QByteArray("a: \x80\n") << 1 << 4 << "0x80";
        QTest::newRow("0xff") << QByteArray("\xff\xfe" "a: b\n") << 1 << 1 << "0xff";
        QTest::newRow("overlong slash") << QByteArray("a: /\xc0\xaf\n") << 1 << 5 << "0xc0";
        QTest::newRow("overlong 3 bytes") << QByteArray("a: \xe0\x80\xaf\n") << 1 << 4 << "0xe0";
        QTest::newRow("surrogate") << QByteArray("# note\na: \xed\xa0\x80\n") << 2 << 4 << "0xed";
        QTest::newRow("past U+10FFFF") << QByteArray("a: \xf4\x90\x80\x80\n") << 1 << 4 << "0xf4";
        QTest::newRow("cut at the end") << QByteArray("a: \xe2\x82") << 1 << 4 << "0xe2";
        QTest::newRow("cut before ASCII") << QByteArray("a: \xe2\x82x\n") << 1 << 4 << "0xe2";
    }
    void invalidUtf8()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, byte);
        for (Reader reader : {Reader::Profile, Reader::Values}) {
            const Outcome r = read(reader, yaml);
            QVERIFY(!r.ok);
            QCOMPARE(r.issues.size(), 1);
            const Issue &e = r.issues.first();
            QCOMPARE(e.line, line);
            QCOMPARE(e.column, column);
            QVERIFY2(e.message.startsWith(QStringLiteral("not valid UTF-8: byte ") + byte), qPrintable(e.message));
        }
    }

    void validUtf8IsRead()
    {
        // Two-, three- and four-byte characters and a byte order mark are fine.
        const QByteArray yaml = "\xef\xbb\xbf" "image:\n  tag: \"caf\xc3\xa9-\xe2\x82\xac-\xf0\x9f\x98\x80\"\n";
        QCOMPARE(firstInvalidUtf8(yaml), -1);
        const auto r = ValuesImporter::import(yaml);
        QVERIFY2(r.ok(), qPrintable(formatIssues(r.issues(), QStringLiteral("values"))));
        QCOMPARE(r.value().profile.cluster.imageTag, QStringLiteral("caf\u00e9-\u20ac-\U0001F600"));
    }
};

QTEST_GUILESS_MAIN(TestHostileYaml)
#include "tst_hostileyaml.moc"
