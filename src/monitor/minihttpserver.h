#pragma once

#include "monitor/httpfetcher.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>
#include <optional>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace phc {

struct HttpRequest
{
    QByteArray method;
    QByteArray target; // path and query as sent
    QByteArray version;
    HttpHeaders headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const { return headerValue(headers, name); }
    QByteArray path() const;  // target before '?'
    QByteArray query() const; // target after '?'
};

struct HttpResponse
{
    int status = 200;
    HttpHeaders headers;
    QByteArray body;
    bool close = false; // close the connection after this answer

    static HttpResponse text(int status, const QByteArray &body);
    static HttpResponse json(int status, const QByteArray &body);
};

QByteArray httpReasonPhrase(int status);
// Status line and headers up to the blank line; Content-Length is added when
// contentLength >= 0. For servers that write a body themselves, bit by bit.
QByteArray httpResponseHead(int status, const HttpHeaders &headers, qint64 contentLength, bool close);

// A small HTTP/1.1 server on a local address: keep-alive, pipelined
// requests, Content-Length bodies (no chunked requests), bounded header and
// body sizes, idle connections closed. Serves the demo instance and the
// tests' fake servers (which may take a connection over to misbehave).
class MiniHttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    // Returning true takes the connection over: the server stops reading it and
    // the handler writes, delays, resets or closes it as it likes.
    using RawHandler = std::function<bool(const HttpRequest &, QTcpSocket *)>;

    struct Limits
    {
        qint64 maxHeaderBytes = 64 * 1024;
        qint64 maxBodyBytes = 1024 * 1024;
        int idleTimeoutMs = 30000;
    };

    explicit MiniHttpServer(Handler handler, QObject *parent = nullptr);
    ~MiniHttpServer() override;

    void setRawHandler(RawHandler handler) { m_rawHandler = std::move(handler); }
    // Serve https with this configuration (certificate and key); before listen().
    void setTlsConfiguration(const QSslConfiguration &configuration) { m_tls = configuration; }
    void setLimits(const Limits &limits) { m_limits = limits; }

    bool listen(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost), quint16 port = 0);
    void close();
    bool isListening() const;
    quint16 port() const;
    QUrl url() const; // http(s)://ADDRESS:PORT
    QString errorString() const;

    int connectionCount() const { return m_accepted; } // accepted since the first listen()
    QList<HttpRequest> requests() const { return m_requests; } // the last 256
    void clearRecorded();

Q_SIGNALS:
    void requestReceived(const phc::HttpRequest &request);

private:
    struct Connection
    {
        QByteArray buffer;
        QTimer *idle = nullptr;
    };
    void acceptPending();
    void onReadyRead(QTcpSocket *socket);
    void drop(QTcpSocket *socket);
    void reject(QTcpSocket *socket, int status);

    Handler m_handler;
    RawHandler m_rawHandler;
    std::optional<QSslConfiguration> m_tls;
    Limits m_limits;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, Connection> m_connections;
    QList<HttpRequest> m_requests;
    int m_accepted = 0;
};

} // namespace phc

Q_DECLARE_METATYPE(phc::HttpRequest)
