#pragma once

#include "monitor/httpfetcher.h"
#include "monitor/minihttpserver.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QPointer>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <optional>

#include <sys/socket.h>

// Shared by the monitor's network suites: fake servers are MiniHttpServer
// (the one the demo instance uses) plus these misbehaviours.
namespace phctest {

// Starts an asynchronous call and runs the event loop until its callback
// delivers; empty when nothing came within maxMs, so a hang fails the test
// instead of blocking it. `start` gets the context object to pass along.
template <typename T>
std::optional<T> waitForCallback(const std::function<void(QObject *, std::function<void(const T &)>)> &start,
                                 int maxMs = 20000)
{
    std::optional<T> result;
    QEventLoop loop;
    QTimer::singleShot(maxMs, &loop, &QEventLoop::quit);
    start(&loop, [&result, &loop](const T &r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return result;
}

inline phc::FetchResult fetchAndWait(phc::HttpFetcher &fetcher, const phc::FetchRequest &request, int maxMs = 20000)
{
    auto result = waitForCallback<phc::FetchResult>(
        [&](QObject *context, auto done) { fetcher.fetch(request, context, done); }, maxMs);
    if (!result) {
        phc::FetchResult hung;
        hung.errorText = QStringLiteral("test: no callback within %1 ms").arg(maxMs);
        hung.error = phc::FetchError::Other;
        return hung;
    }
    return *result;
}

inline phc::FetchRequest get(const QUrl &url, bool authenticated = false)
{
    phc::FetchRequest r;
    r.url = url;
    r.authenticated = authenticated;
    return r;
}

// A port on 127.0.0.1 that nothing listens on (bound, then released).
inline quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        qFatal("cannot bind a local port");
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

// Closes with a TCP reset (RST) rather than an orderly FIN.
inline void resetConnection(QTcpSocket *socket)
{
    linger l{1, 0};
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &l, sizeof l);
    socket->abort();
}

// Writes `chunk` every `intervalMs`, `count` times, then optionally closes.
inline void writeSlowly(QTcpSocket *socket, const QByteArray &chunk, int count, int intervalMs)
{
    auto *timer = new QTimer(socket);
    auto left = std::make_shared<int>(count);
    QObject::connect(timer, &QTimer::timeout, socket, [socket, chunk, left, timer] {
        if (*left <= 0) {
            timer->stop();
            return;
        }
        --*left;
        socket->write(chunk);
    });
    timer->start(intervalMs);
}

// Records every request and never touches the network: a test can prove that
// nothing was about to be sent.
class CountingNam : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;
    QList<QNetworkRequest> seen;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        seen.append(request);
        return QNetworkAccessManager::createRequest(op, QNetworkRequest(QUrl(QStringLiteral("unsupported-scheme:x"))),
                                                    data);
    }
};

// A throw-away CA and a server certificate it signed, made with Debian's
// openssl command in `dir`.
struct TestPki
{
    QString caPem;
    QString certPem;
    QString keyPem;

    static std::optional<TestPki> make(const QString &dir, const QString &commonName, const QStringList &altNames,
                                       int days)
    {
        auto run = [&dir](const QStringList &args) {
            QProcess p;
            p.setWorkingDirectory(dir);
            p.start(QStringLiteral("openssl"), args);
            if (!p.waitForFinished(60000) || p.exitCode() != 0) {
                qWarning("openssl %s failed: %s", qPrintable(args.join(u' ')), p.readAllStandardError().constData());
                return false;
            }
            return true;
        };
        const QString ec = QStringLiteral("ec");
        const QString curve = QStringLiteral("ec_paramgen_curve:prime256v1");
        if (!run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), ec, QStringLiteral("-pkeyopt"),
                  curve, QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("ca.key"),
                  QStringLiteral("-out"), QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("3650"),
                  QStringLiteral("-subj"), QStringLiteral("/CN=phc test CA"), QStringLiteral("-addext"),
                  QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                  QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")}))
            return std::nullopt;
        if (!run({QStringLiteral("req"), QStringLiteral("-newkey"), ec, QStringLiteral("-pkeyopt"), curve,
                  QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("server.key"), QStringLiteral("-out"),
                  QStringLiteral("server.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName}))
            return std::nullopt;
        QFile ext(dir + QStringLiteral("/ext.cnf"));
        if (!ext.open(QIODevice::WriteOnly))
            return std::nullopt;
        ext.write("basicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\nkeyUsage=digitalSignature\n");
        if (!altNames.isEmpty())
            ext.write("subjectAltName=" + altNames.join(u',').toUtf8() + '\n');
        ext.close();
        if (!run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("server.csr"),
                  QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                  QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), QStringLiteral("server.pem"),
                  QStringLiteral("-days"), QString::number(days), QStringLiteral("-extfile"), QStringLiteral("ext.cnf")}))
            return std::nullopt;
        return TestPki{dir + QStringLiteral("/ca.pem"), dir + QStringLiteral("/server.pem"),
                       dir + QStringLiteral("/server.key")};
    }

    QSslConfiguration serverConfiguration() const
    {
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificate(QSslCertificate::fromPath(certPem).value(0));
        QFile key(keyPem);
        if (!key.open(QIODevice::ReadOnly))
            qFatal("cannot read test key");
        conf.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
        conf.setPeerVerifyMode(QSslSocket::VerifyNone);
        return conf;
    }
};

} // namespace phctest
