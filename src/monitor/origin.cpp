#include "origin.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace phc {

namespace {

// This file's messages, in one translation context: lupdate files Text::tr() calls under it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(phc::Origin)
};

} // namespace

Origin Origin::of(const QUrl &url)
{
    Origin o;
    if (!url.isValid())
        return o;
    o.scheme = url.scheme().toLower();
    o.host = url.host(QUrl::FullyEncoded).toLower();
    int defaultPort = -1;
    if (o.scheme == u"https")
        defaultPort = 443;
    else if (o.scheme == u"http")
        defaultPort = 80;
    o.port = url.port(defaultPort);
    return o;
}

QString Origin::toString() const
{
    const bool v6 = host.contains(u':');
    return scheme + QStringLiteral("://") + (v6 ? u'[' + host + u']' : host) + u':' + QString::number(port);
}

bool isLoopbackHost(const QString &host)
{
    QString h = host.toLower();
    if (h.endsWith(u'.'))
        h.chop(1);
    if (h == u"localhost")
        return true;
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    QHostAddress address;
    if (!address.setAddress(h))
        return false;
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // also unwraps ::ffff:a.b.c.d
    if (isV4)
        return (v4 >> 24) == 127;
    return address.isLoopback();
}

QString credentialRefusal(const QUrl &url, const Origin &configured)
{
    const Origin target = Origin::of(url);
    if (!configured.isValid())
        return Text::tr("no connection origin is configured for the API key");
    if (!target.isValid())
        return Text::tr("the address is not a valid http or https URL");
    if (target != configured)
        return Text::tr("the API key is only sent to %1, not to %2").arg(configured.toString(), target.toString());
    if (target.scheme == u"https")
        return {};
    if (target.scheme == u"http" && isLoopbackHost(target.host))
        return {};
    if (target.scheme == u"http")
        return Text::tr("the API key is never sent over plain http to a host other than this computer (%1); use https")
            .arg(target.host);
    return Text::tr("the API key is only sent over https");
}

} // namespace phc
