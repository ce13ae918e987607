#pragma once

#include "profile/deploymentprofile.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace phc {

// The secret values a deployment reads, by the environment variable that
// carries them into install.sh and docker-compose (.env).
struct DeploymentSecret
{
    QString envVar;
    QString purpose;
    bool generated = false; // a new random value; otherwise the user supplies an existing password
    int randomBytes = 32;

    friend bool operator==(const DeploymentSecret &, const DeploymentSecret &) = default;
};

namespace DeploymentSecrets {

// In the order install.sh and .env.example list them.
QList<DeploymentSecret> forProfile(const DeploymentProfile &profile);

// `bytes` bytes from the system's cryptographic generator, as lower-case hex
// (hex only: values end up inside connection URLs).
QString randomHex(int bytes);

// A "NAME=value" file for `set -a; . ./secrets.env` and docker-compose's .env.
// Values are hex or typed by the user; a value with a newline is refused
// (returns an empty array and names the variable in `error`).
QByteArray envFile(const QList<DeploymentSecret> &secrets, const QHash<QString, QString> &values, QString *error);

// The variables of `secrets` without a value (empty or blank), in order:
// every one is needed by install.sh and docker-compose.
QStringList missing(const QList<DeploymentSecret> &secrets, const QHash<QString, QString> &values);

} // namespace DeploymentSecrets

} // namespace phc
