#pragma once

#include <QLocale>
#include <QString>

namespace phc {

// US dollars, whole, with the locale's digit grouping and the sign in front
// whatever the locale: the sizing and pricing tables are in dollars.
inline QString formatUsd(double value)
{
    return QStringLiteral("$") + QLocale().toString(value, 'f', 0);
}

// A label or menu text as read: "&&" is an ampersand, a single '&' only marks the mnemonic.
inline QString withoutMnemonic(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01")).remove(u'&').replace(u'\x01', u'&');
    return text;
}

} // namespace phc
