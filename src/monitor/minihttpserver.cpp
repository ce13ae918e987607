#include "minihttpserver.h"

#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace phc {

namespace {

constexpr int recordedRequests = 256;

bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s)
        if (c <= ' ' || c >= 127 || c == ':')
            return false;
    return true;
}

// Parses the request line and header lines; false on anything malformed.
bool parseHead(QByteArrayView head, HttpRequest &req)
{
    const QList<QByteArray> lines = head.toByteArray().split('\n');
    if (lines.isEmpty())
        return false;
    const QList<QByteArray> parts = lines.first().trimmed().split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty() || !parts[2].startsWith("HTTP/1."))
        return false;
    req.method = parts[0];
    req.target = parts[1];
    req.version = parts[2];
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon)))
            return false;
        req.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    return true;
}

bool wantsClose(const HttpRequest &req)
{
    const QByteArray connection = req.header("Connection").toLower();
    if (req.version == "HTTP/1.0")
        return !connection.contains("keep-alive");
    return connection.contains("close");
}

} // namespace

QByteArray HttpRequest::path() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? target : target.left(q);
}

QByteArray HttpRequest::query() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? QByteArray() : target.mid(q + 1);
}

HttpResponse HttpResponse::text(int status, const QByteArray &body)
{
    return {status, {{"Content-Type", "text/plain; charset=utf-8"}}, body, false};
}

HttpResponse HttpResponse::json(int status, const QByteArray &body)
{
    return {status, {{"Content-Type", "application/json"}}, body, false};
}

QByteArray httpReasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 413: return "Content Too Large";
    case 422: return "Unprocessable Content";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

QByteArray httpResponseHead(int status, const HttpHeaders &headers, qint64 contentLength, bool close)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + httpReasonPhrase(status) + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    if (contentLength >= 0)
        out += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    out += close ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    return out + "\r\n";
}

MiniHttpServer::MiniHttpServer(Handler handler, QObject *parent) : QObject(parent), m_handler(std::move(handler))
{
    qRegisterMetaType<HttpRequest>();
}

MiniHttpServer::~MiniHttpServer()
{
    close();
}

bool MiniHttpServer::listen(const QHostAddress &address, quint16 port)
{
    close();
    if (m_tls) {
        auto *ssl = new QSslServer(this);
        ssl->setSslConfiguration(*m_tls);
        m_server = ssl;
    } else {
        m_server = new QTcpServer(this);
    }
    // A TLS server queues a connection only after its handshake; either signal may announce it.
    connect(m_server, &QTcpServer::newConnection, this, &MiniHttpServer::acceptPending);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &MiniHttpServer::acceptPending);
    return m_server->listen(address, port);
}

void MiniHttpServer::close()
{
    const auto sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets)
        drop(socket);
    if (m_server) {
        m_server->close();
        delete m_server; // also deletes connections a raw handler took over
        m_server = nullptr;
    }
}

bool MiniHttpServer::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 MiniHttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl MiniHttpServer::url() const
{
    QUrl u;
    u.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    u.setHost(m_server ? m_server->serverAddress().toString() : QString());
    u.setPort(port());
    return u;
}

QString MiniHttpServer::errorString() const
{
    return m_server ? m_server->errorString() : QString();
}

void MiniHttpServer::clearRecorded()
{
    m_requests.clear();
    m_accepted = 0;
}

void MiniHttpServer::acceptPending()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        if (!socket)
            break;
        ++m_accepted;
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        Connection c;
        c.idle = new QTimer(socket);
        c.idle->setSingleShot(true);
        c.idle->start(m_limits.idleTimeoutMs);
        m_connections.insert(socket, c);
        connect(c.idle, &QTimer::timeout, this, [this, socket] { drop(socket); });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { drop(socket); });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void MiniHttpServer::drop(QTcpSocket *socket)
{
    if (!m_connections.remove(socket))
        return;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void MiniHttpServer::reject(QTcpSocket *socket, int status)
{
    if (auto c = m_connections.find(socket); c != m_connections.end())
        c->buffer.clear();
    socket->write(httpResponseHead(status, {}, 0, true));
    socket->disconnectFromHost();
}

void MiniHttpServer::onReadyRead(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->buffer += socket->readAll();
    it->idle->start(m_limits.idleTimeoutMs);

    while (m_connections.contains(socket)) {
        QByteArray &buffer = m_connections[socket].buffer;
        qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        qsizetype separator = 4;
        if (headEnd < 0) {
            headEnd = buffer.indexOf("\n\n");
            separator = 2;
        }
        if (headEnd < 0) {
            if (buffer.size() > m_limits.maxHeaderBytes)
                reject(socket, 431);
            return;
        }
        if (headEnd > m_limits.maxHeaderBytes) {
            reject(socket, 431);
            return;
        }
        HttpRequest req;
        if (!parseHead(QByteArrayView(buffer).first(headEnd), req)) {
            reject(socket, 400);
            return;
        }
        if (!req.header("Transfer-Encoding").isEmpty()) {
            reject(socket, 501);
            return;
        }
        qint64 length = 0;
        const QByteArray lengthHeader = req.header("Content-Length");
        if (!lengthHeader.isEmpty()) {
            bool ok = false;
            length = lengthHeader.toLongLong(&ok);
            if (!ok || length < 0) {
                reject(socket, 400);
                return;
            }
            if (length > m_limits.maxBodyBytes) {
                reject(socket, 413);
                return;
            }
        }
        const qsizetype total = headEnd + separator + length;
        if (buffer.size() < total)
            return;
        req.body = buffer.mid(headEnd + separator, length);
        buffer.remove(0, total);

        m_requests.append(req);
        if (m_requests.size() > recordedRequests)
            m_requests.removeFirst();
        Q_EMIT requestReceived(req);

        if (m_rawHandler && m_rawHandler(req, socket)) {
            // The handler owns the conversation now; the socket stays our child for cleanup.
            if (auto c = m_connections.find(socket); c != m_connections.end()) {
                delete c->idle;
                m_connections.erase(c);
            }
            socket->disconnect(this);
            return;
        }
        HttpResponse resp = m_handler ? m_handler(req) : HttpResponse::text(404, "not found\n");
        const bool close = resp.close || wantsClose(req);
        // One write: a head and body sent apart meet Nagle and delayed ACKs.
        QByteArray answer = httpResponseHead(resp.status, resp.headers, resp.body.size(), close);
        if (req.method != "HEAD")
            answer += resp.body;
        socket->write(answer);
        if (close) {
            if (auto c = m_connections.find(socket); c != m_connections.end())
                c->buffer.clear();
            socket->disconnectFromHost();
            return;
        }
    }
}

} // namespace phc
