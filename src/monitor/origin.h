#pragma once

#include <QString>
#include <QUrl>

namespace phc {

// scheme + host + port, the unit browsers and this console trust as one
// party: redirects stay inside it, and the API key never leaves it.
struct Origin
{
    QString scheme; // lower case
    QString host;   // lower case, ASCII (punycode) form
    int port = -1;  // explicit or the scheme's default

    static Origin of(const QUrl &url);
    bool isValid() const { return !scheme.isEmpty() && !host.isEmpty() && port > 0; }
    QString toString() const;

    friend bool operator==(const Origin &, const Origin &) = default;
};

// 127.0.0.0/8, ::1 (also IPv4-mapped) and "localhost". Names are never
// resolved for this: what a name resolves to can change between calls.
bool isLoopbackHost(const QString &host);

// Why an authenticated request to `url` must not be sent with credentials
// configured for `configured`; empty when it may be sent.
QString credentialRefusal(const QUrl &url, const Origin &configured);

} // namespace phc
