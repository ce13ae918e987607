#pragma once

#include "issue.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace phc {

// A new value for one key of a YAML document.
struct YamlValue
{
    enum class Kind {
        Plain,  // written as given: a number, true or false, a word such as auto
        String, // quoted as needed, in the quoting style the old value had
        List,   // a list of strings, flow or block as the old list was
    };
    Kind kind = Kind::String;
    QString text;
    QStringList items;

    static YamlValue plain(const QString &text) { return {Kind::Plain, text, {}}; }
    static YamlValue string(const QString &text) { return {Kind::String, text, {}}; }
    static YamlValue list(const QStringList &items) { return {Kind::List, {}, items}; }

    friend bool operator==(const YamlValue &, const YamlValue &) = default;
};

// One edit: a key path ("spec.cluster.imageTag") and its new value; no value removes the key.
struct YamlChange
{
    QString path;
    std::optional<YamlValue> value;

    friend bool operator==(const YamlChange &, const YamlChange &) = default;
};

// Edits YAML text in place: only the bytes of the values that change are
// replaced, so comments (full-line and trailing), blank lines, key order,
// quoting and indentation of everything else stay as the user wrote them.
// Spans come from the parser's line:column positions of keys and values,
// the same ones MapReader records; block mappings and block and flow lists
// are handled, and scalars inside flow mappings.
namespace YamlEdit {

// Applies the changes in turn. A key that exists gets its new value (same
// value: no change), a missing one is inserted, with any missing parent
// mappings, after the sibling `keyOrder` (key paths in their preferred
// order) places before it, at the file's indentation; removing a missing
// key changes nothing. Issues name the key path of a change that cannot be
// made in place (e.g. inside a flow mapping).
Result<QByteArray> apply(const QByteArray &text, const QList<YamlChange> &changes, const QStringList &keyOrder = {});

// The key paths of a document in order, commented-out keys ("# key: value"
// at a key's indentation) included: the order of a commented template.
QStringList keyOrder(const QByteArray &text);

// Every leaf of a document in order: scalars (Plain or String as written)
// and lists of scalars, by key path. Nullopt when the text does not parse.
std::optional<QList<std::pair<QString, YamlValue>>> leaves(const QByteArray &text);

// True when `value` written plain reads back as that same string.
bool isPlainScalar(const QString &value);

} // namespace YamlEdit

} // namespace phc
