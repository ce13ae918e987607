#include "shellscript.h"

#include <QRegularExpression>

namespace phc {

ShellScript::ShellScript(const GeneratorContext &ctx)
{
    m_text = QStringLiteral("#!/usr/bin/env bash\n") + ctx.headerLines(QStringLiteral("#"));
}

QString ShellScript::quote(const QString &value)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_./:@%+=,-]+$"));
    if (safe.match(value).hasMatch())
        return value;
    QString escaped = value;
    escaped.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + escaped + u'\'';
}

void ShellScript::comment(const QString &text)
{
    for (const QString &l : text.split(u'\n'))
        m_text += (l.isEmpty() ? QStringLiteral("#") : QStringLiteral("# ") + l) + u'\n';
}

void ShellScript::line(const QString &text) { m_text += text + u'\n'; }
void ShellScript::blank() { m_text += u'\n'; }

void ShellScript::preamble(const QStringList &requiredTools, bool bundleRoot)
{
    line(QStringLiteral("set -euo pipefail"));
    blank();
    line(QStringLiteral("die() { echo \"$(basename \"$0\"): $*\" >&2; exit 1; }"));
    line(QStringLiteral("need() { command -v \"$1\" >/dev/null 2>&1 || die \"$1 is required but not installed\"; }"));
    for (const QString &tool : requiredTools)
        line(QStringLiteral("need ") + tool);
    if (bundleRoot)
        line(QStringLiteral("BUNDLE=$(cd \"$(dirname \"${BASH_SOURCE[0]}\")/..\" && pwd)"));
    blank();
}

void ShellScript::secretFunctions()
{
    line(QStringLiteral("secret_dir=$(mktemp -d)"));
    line(QStringLiteral("trap 'rm -rf \"$secret_dir\"' EXIT"));
    line(QStringLiteral("secret_exists() { kubectl -n \"$NAMESPACE\" get secret \"$1\" >/dev/null 2>&1; }"));
    comment(QStringLiteral("Secret values pass through 0600 files, never through a command line."));
    line(QStringLiteral("put_value() { (umask 077; printf '%s' \"$2\" >\"$secret_dir/$1\"); }"));
    line(QStringLiteral("create_secret() {"));
    line(QStringLiteral("  local name=$1 key args=()"));
    line(QStringLiteral("  shift"));
    line(QStringLiteral("  for key in \"$@\"; do args+=(\"--from-file=$key=$secret_dir/$key\"); done"));
    line(QStringLiteral("  kubectl -n \"$NAMESPACE\" create secret generic \"$name\" \"${args[@]}\" >/dev/null"));
    line(QStringLiteral("  rm -f \"$secret_dir\"/*"));
    line(QStringLiteral("  echo \"created Secret $name\""));
    line(QStringLiteral("}"));
    blank();
}

void ShellScript::ensureSecret(const SecretSpec &secret)
{
    line(QStringLiteral("if ! secret_exists %1; then").arg(quote(secret.name)));
    QStringList keys;
    for (const SecretKey &k : secret.keys) {
        const QString value = k.generate
            ? QStringLiteral("\"${%1:-$(openssl rand -hex %2)}\"").arg(k.envVar).arg(k.randomBytes)
            : QStringLiteral("\"$%1\"").arg(k.envVar);
        line(QStringLiteral("  put_value %1 %2").arg(quote(k.key), value));
        keys << quote(k.key);
    }
    line(QStringLiteral("  create_secret %1 %2").arg(quote(secret.name), keys.join(u' ')));
    line(QStringLiteral("fi"));
}

} // namespace phc
