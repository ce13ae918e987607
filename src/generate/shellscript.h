#pragma once

#include "generatorcontext.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace phc {

// Builds the generated bash scripts: one preamble (strict mode, die/need,
// the bundle's root), and the one way they create Kubernetes Secrets
// (values through 0600 files, never on a command line).
class ShellScript
{
public:
    struct SecretKey
    {
        QString key;
        QString envVar;
        bool generate = false; // random when the variable is unset
        int randomBytes = 32;
    };
    struct SecretSpec
    {
        QString name;
        QList<SecretKey> keys;
    };

    explicit ShellScript(const GeneratorContext &ctx);

    // Single-quoted for bash unless plainly safe.
    static QString quote(const QString &value);

    void comment(const QString &text);
    void line(const QString &text);
    void blank();
    // bundleRoot: set BUNDLE, the bundle's root, for scripts that read its files.
    void preamble(const QStringList &requiredTools, bool bundleRoot = true);
    void secretFunctions();
    void ensureSecret(const SecretSpec &secret);

    const QString &text() const { return m_text; }

private:
    QString m_text;
};

} // namespace phc
