#pragma once

#include "nettestsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <csignal>

#include <sys/prctl.h>

// A real Prometheus server (Debian's package) for integration tests: started
// on 127.0.0.1 at a free port with a temporary config and data directory,
// scraping itself and any extra targets every second; stopped (then killed)
// when the object goes.
namespace phctest {

class PrometheusServer
{
public:
    static QString binary() { return QStringLiteral("/usr/bin/prometheus"); }

    ~PrometheusServer() { stop(); }

    // Extra scrape jobs: name -> "127.0.0.1:PORT" (path /metrics).
    bool start(const QList<std::pair<QString, QString>> &extraJobs, QString *error)
    {
        if (!QFile::exists(binary())) {
            *error = QStringLiteral("%1 is missing: run packaging/setup-debian.sh (package prometheus)").arg(binary());
            return false;
        }
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary directory");
            return false;
        }
        for (int attempt = 0; attempt < 3; ++attempt) {
            m_port = closedPort(); // free a moment ago; a clash means another try
            writeConfig(extraJobs);
            m_process.setProcessChannelMode(QProcess::MergedChannels);
            // Ends with the test even when the test dies without cleaning up.
            m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
            m_process.setStandardOutputFile(m_dir.filePath(QStringLiteral("prometheus.log")));
            m_process.start(binary(), {QStringLiteral("--config.file=") + m_dir.filePath(QStringLiteral("prometheus.yml")),
                                       QStringLiteral("--storage.tsdb.path=") + m_dir.filePath(QStringLiteral("data")),
                                       QStringLiteral("--no-storage.tsdb.use-lockfile"),
                                       QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_port),
                                       QStringLiteral("--log.level=info")});
            if (!m_process.waitForStarted(10000)) {
                *error = QStringLiteral("prometheus did not start: ") + m_process.errorString();
                return false;
            }
            if (waitReady(60000))
                return true;
            stop();
        }
        *error = QStringLiteral("prometheus never became ready:\n") + log();
        return false;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QUrl url() const
    {
        QUrl u(QStringLiteral("http://127.0.0.1"));
        u.setPort(m_port);
        return u;
    }

    QUrl url(const QString &path) const
    {
        QUrl u = url();
        u.setPath(path);
        return u;
    }

    QString log() const
    {
        QFile f(m_dir.filePath(QStringLiteral("prometheus.log")));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll().right(4000)) : QString();
    }

private:
    void writeConfig(const QList<std::pair<QString, QString>> &extraJobs)
    {
        QByteArray yaml = "global:\n  scrape_interval: 1s\n  scrape_timeout: 1s\n  evaluation_interval: 1s\n"
                          "scrape_configs:\n"
                          "  - job_name: prometheus\n    static_configs:\n      - targets: ['127.0.0.1:"
            + QByteArray::number(m_port) + "']\n";
        for (const auto &[job, target] : extraJobs)
            yaml += "  - job_name: " + job.toUtf8() + "\n    static_configs:\n      - targets: ['" + target.toUtf8() + "']\n";
        QFile f(m_dir.filePath(QStringLiteral("prometheus.yml")));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write the prometheus config");
        f.write(yaml);
    }

    bool waitReady(int maxMs)
    {
        phc::HttpFetcher fetcher;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < maxMs && m_process.state() == QProcess::Running) {
            const phc::FetchResult r = fetchAndWait(fetcher, get(url(QStringLiteral("/-/ready"))), 5000);
            if (r.httpCode == 200)
                return true;
            QTest::qWait(200);
        }
        return false;
    }

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace phctest
