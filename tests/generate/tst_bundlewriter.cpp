#include "generate/bundlewriter.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace phc;

namespace {

int modeOf(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

GeneratedFiles sample()
{
    return {
        {QStringLiteral("a/plain.yaml"), "plain\n", GeneratedFile::Kind::Regular, QString()},
        {QStringLiteral("b/run.sh"), "#!/bin/sh\n", GeneratedFile::Kind::Script, QString()},
        {QStringLiteral("c/secret.env"), "KEY=\n", GeneratedFile::Kind::Secret, QString()},
    };
}

} // namespace

class TestBundleWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesWithModes()
    {
        QTemporaryDir dir;
        ::umask(022);
        const auto written = BundleWriter::write(sample(), dir.path(), BundleWriter::Overwrite::Refuse);
        QVERIFY(written.ok());
        QCOMPARE(written.value().size(), 3);
        QCOMPARE(phctest::readFile(dir.filePath(QStringLiteral("a/plain.yaml"))), QByteArray("plain\n"));
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("a/plain.yaml"))), 0644);
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("b/run.sh"))), 0755);
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("c/secret.env"))), 0600);
    }

    // One existing file: nothing at all is written, and it is untouched.
    void refusesToOverwriteAndWritesNothing()
    {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("b")));
        QFile existing(dir.filePath(QStringLiteral("b/run.sh")));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("mine\n");
        existing.close();
        const auto written = BundleWriter::write(sample(), dir.path(), BundleWriter::Overwrite::Refuse);
        QVERIFY(!written.ok());
        QCOMPARE(written.issues().size(), 1);
        QVERIFY(written.issues().first().message.contains(QStringLiteral("--force")));
        QCOMPARE(phctest::readFile(existing.fileName()), QByteArray("mine\n"));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("a/plain.yaml"))));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("c/secret.env"))));
        QCOMPARE(BundleWriter::existing(sample(), dir.path()), QStringList {QStringLiteral("b/run.sh")});
    }

    void overwritesWhenAllowed()
    {
        QTemporaryDir dir;
        QVERIFY(BundleWriter::write(sample(), dir.path(), BundleWriter::Overwrite::Refuse).ok());
        GeneratedFiles changed = sample();
        changed[2].content = "KEY=2\n";
        QVERIFY(BundleWriter::write(changed, dir.path(), BundleWriter::Overwrite::Allow).ok());
        QCOMPARE(phctest::readFile(dir.filePath(QStringLiteral("c/secret.env"))), QByteArray("KEY=2\n"));
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("c/secret.env"))), 0600);
    }

    void neverFollowsALink()
    {
        QTemporaryDir dir, elsewhere;
        const QString target = elsewhere.filePath(QStringLiteral("victim"));
        QFile victim(target);
        QVERIFY(victim.open(QIODevice::WriteOnly));
        victim.write("keep\n");
        victim.close();
        QDir().mkpath(dir.filePath(QStringLiteral("a")));
        QVERIFY(QFile::link(target, dir.filePath(QStringLiteral("a/plain.yaml"))));
        const auto written = BundleWriter::write(sample(), dir.path(), BundleWriter::Overwrite::Allow);
        QVERIFY(!written.ok());
        QVERIFY(written.issues().first().message.contains(QStringLiteral("not a regular file")));
        QCOMPARE(phctest::readFile(target), QByteArray("keep\n"));
    }

    // A failure while staging (here: a folder where a file must go) leaves
    // every earlier file of the bundle unwritten.
    void stagingFailureLeavesNoPartialFiles()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("b"))));
        QFile blocker(dir.filePath(QStringLiteral("c")));
        QVERIFY(blocker.open(QIODevice::WriteOnly)); // "c" is a file, so c/secret.env cannot be created
        blocker.close();
        const auto written = BundleWriter::write(sample(), dir.path(), BundleWriter::Overwrite::Refuse);
        QVERIFY(!written.ok());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("a/plain.yaml"))));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("b/run.sh"))));
        QCOMPARE(QDir(dir.filePath(QStringLiteral("b"))).entryList(QDir::Files | QDir::Hidden).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBundleWriter)
#include "tst_bundlewriter.moc"
