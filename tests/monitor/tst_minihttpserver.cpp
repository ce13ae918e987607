#include "nettestsupport.h"

#include "monitor/minihttpserver.h"

using namespace phc;
using namespace phctest;

namespace {

// Sends raw bytes and collects what comes back until the server closes or
// `until` appears. The event loop keeps running: the server lives on this thread.
QByteArray exchange(quint16 port, const QByteArray &bytes, const QByteArray &until = {}, int maxMs = 5000)
{
    QTcpSocket socket;
    QByteArray got;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { got += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, port);
    socket.write(bytes);
    const bool settled = QTest::qWaitFor([&] {
        return (!until.isEmpty() && got.contains(until)) || socket.state() == QAbstractSocket::UnconnectedState;
    }, maxMs);
    Q_UNUSED(settled); // the caller judges what arrived
    got += socket.readAll();
    return got;
}

HttpResponse echo(const HttpRequest &req)
{
    return HttpResponse::text(200, req.method + ' ' + req.target + " body=" + req.body);
}

} // namespace

class TestMiniHttpServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepAliveReusesTheConnection()
    {
        MiniHttpServer server(echo);
        QVERIFY(server.listen());
        HttpFetcher fetcher;
        for (int i = 0; i < 3; ++i)
            QVERIFY(fetchAndWait(fetcher, get(server.url())).ok());
        QCOMPARE(server.requests().size(), 3);
        QCOMPARE(server.connectionCount(), 1);
    }

    void pipelinedRequests()
    {
        MiniHttpServer server(echo);
        QVERIFY(server.listen());
        const QByteArray got = exchange(server.port(),
                                        "GET /a HTTP/1.1\r\nHost: x\r\n\r\n"
                                        "POST /b?q=1 HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello"
                                        "GET /c HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QCOMPARE(got.count("HTTP/1.1 200 OK"), 3);
        QVERIFY(got.contains("GET /a body="));
        QVERIFY(got.contains("POST /b?q=1 body=hello"));
        QVERIFY(got.contains("Connection: close"));
        QCOMPARE(server.requests().at(1).path(), QByteArray("/b"));
        QCOMPARE(server.requests().at(1).query(), QByteArray("q=1"));
    }

    void bodyInPieces()
    {
        MiniHttpServer server(echo);
        QVERIFY(server.listen());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
        socket.write("PUT /x HTTP/1.1\r\nContent-Le");
        QTest::qWait(50);
        socket.write("ngth: 4\r\n\r\nab");
        QTest::qWait(50);
        QCOMPARE(server.requests().size(), 0);
        socket.write("cd");
        QTRY_COMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().first().body, QByteArray("abcd"));
    }

    void http10ClosesByDefault()
    {
        MiniHttpServer server(echo);
        QVERIFY(server.listen());
        const QByteArray got = exchange(server.port(), "GET / HTTP/1.0\r\n\r\n");
        QVERIFY(got.startsWith("HTTP/1.1 200 OK"));
        QVERIFY(got.contains("Connection: close"));
    }

    void headHasNoBody()
    {
        MiniHttpServer server(echo);
        QVERIFY(server.listen());
        const QByteArray got = exchange(server.port(), "HEAD /x HTTP/1.1\r\nConnection: close\r\n\r\n");
        QVERIFY(got.contains("Content-Length: 13"));
        QVERIFY(got.endsWith("\r\n\r\n"));
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("status");
        QTest::newRow("not http") << QByteArray("HELLO\r\n\r\n") << QByteArray("400");
        QTest::newRow("bad header") << QByteArray("GET / HTTP/1.1\r\nno colon\r\n\r\n") << QByteArray("400");
        QTest::newRow("bad length") << QByteArray("GET / HTTP/1.1\r\nContent-Length: -3\r\n\r\n") << QByteArray("400");
        QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n") << QByteArray("501");
        QTest::newRow("body too large") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n")
                                        << QByteArray("413");
        QTest::newRow("head too large") << QByteArray("GET / HTTP/1.1\r\nX: " + QByteArray(70 * 1024, 'a'))
                                        << QByteArray("431");
    }

    void rejects()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, status);
        MiniHttpServer server(echo);
        QVERIFY(server.listen());
        const QByteArray got = exchange(server.port(), request);
        const QByteArray statusLine = "HTTP/1.1 " + status;
        QVERIFY2(got.startsWith(statusLine), got.left(100).constData());
        QVERIFY(got.contains("Connection: close"));
        QCOMPARE(server.requests().size(), 0);
    }

    void idleConnectionsAreClosed()
    {
        MiniHttpServer server(echo);
        server.setLimits({64 * 1024, 1024 * 1024, 200});
        QVERIFY(server.listen());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
    }

    void closeDropsEverything()
    {
        MiniHttpServer server(echo);
        server.setRawHandler([](const HttpRequest &, QTcpSocket *) { return true; });
        QVERIFY(server.listen());
        const quint16 port = server.port();
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        socket.write("GET / HTTP/1.1\r\n\r\n");
        QTRY_COMPARE(server.requests().size(), 1);
        server.close();
        QVERIFY(!server.isListening());
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
        HttpFetcher fetcher;
        QUrl url(QStringLiteral("http://127.0.0.1"));
        url.setPort(port);
        QCOMPARE(fetchAndWait(fetcher, get(url)).error, FetchError::Refused);
    }
};

QTEST_GUILESS_MAIN(TestMiniHttpServer)
#include "tst_minihttpserver.moc"
