#pragma once

#include "testpaths.h"
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

// Runs the real executable, with no display, as a user or a pipeline would.
// The test's event loop keeps running meanwhile, so that servers living in
// the test process (the demo instance, fake servers) answer the child.
namespace clitest {

struct Run
{
    int exitCode = -1; // -1: crashed or killed
    QString out;
    QString err;
};

// No display, and no API key unless a test gives one.
inline QProcessEnvironment environment(const QList<std::pair<QString, QString>> &extra = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "POSTHOG_PERSONAL_API_KEY"})
        env.remove(QString::fromLatin1(name));
    for (const auto &[name, value] : extra)
        env.insert(name, value);
    return env;
}

inline void start(QProcess &p, const QStringList &args, const QProcessEnvironment &env = environment(),
                  const QString &workDir = QString())
{
    p.setProcessEnvironment(env);
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(phctest::cliPath(), args);
    if (!p.waitForStarted(20000))
        qFatal("posthog-console did not start: %s", qPrintable(p.errorString()));
}

// Waits for the end with the event loop running; a hang kills the child and fails loudly.
inline Run finish(QProcess &p, int maxMs = 60000)
{
    if (p.state() != QProcess::NotRunning) {
        QSignalSpy finished(&p, &QProcess::finished);
        if (!finished.wait(maxMs)) {
            p.kill();
            p.waitForFinished();
            qFatal("posthog-console did not finish within %d ms: %s", maxMs, p.readAllStandardError().constData());
        }
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

inline Run cli(const QStringList &args, const QString &workDir = QString(), const QByteArray &input = QByteArray(),
               const QProcessEnvironment &env = environment())
{
    QProcess p;
    start(p, args, env, workDir);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    return finish(p);
}

inline void writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(text);
}

} // namespace clitest
