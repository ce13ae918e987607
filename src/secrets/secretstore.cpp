#include "secretstore.h"

namespace phc {

SecretStore::~SecretStore() = default;

QString SecretStore::keyFor(const QString &profileName, const QString &secretName)
{
    return profileName + u'/' + secretName;
}

QString SecretStore::serviceName()
{
    return QStringLiteral("posthog-console");
}

} // namespace phc
