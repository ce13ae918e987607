#include "keychainsecretstore.h"

#include <QCoreApplication>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace phc {

namespace {

// This file's messages, in one translation context: lupdate files Text::tr()
// calls under it from any function, tr() calls from the class it is named after.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(phc::SecretStore)
};

QString tr(const char *text) { return Text::tr(text); }

SecretStore::Reply replyOf(const QKeychain::Job &job)
{
    using QKeychain::Error;
    switch (job.error()) {
    case Error::NoError:
        return {SecretStore::Status::Ok, {}, {}};
    case Error::EntryNotFound:
        return {SecretStore::Status::NotFound, {}, {}};
    case Error::NoBackendAvailable:
    case Error::NotImplemented:
        return {SecretStore::Status::Unavailable, {}, tr("no keychain is available: %1").arg(job.errorString())};
    case Error::OtherError:
    case Error::AccessDeniedByUser:
    case Error::AccessDenied:
    case Error::CouldNotDeleteEntry:
        break;
    }
    return {SecretStore::Status::Failed, {}, job.errorString()};
}

// Runs a QtKeychain job and hands its outcome to `done` on context's thread;
// the job deletes itself.
template <typename Job, typename Prepare>
void runJob(const QString &service, const QString &key, QObject *context, SecretStore::Callback done,
            Prepare prepare, bool returnsValue)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setKey(key);
    prepare(*job);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done), returnsValue](QKeychain::Job *finished) {
                         SecretStore::Reply reply = replyOf(*finished);
                         if (returnsValue && reply.status == SecretStore::Status::Ok)
                             if (const auto *r = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                                 reply.value = r->textData();
                         done(reply);
                     });
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent, const QString &service)
    : SecretStore(parent), m_service(service)
{
}

QString KeychainSecretStore::backendName() const
{
    return Text::tr("desktop keychain (Secret Service)");
}

void KeychainSecretStore::read(const QString &key, QObject *context, Callback done)
{
    runJob<QKeychain::ReadPasswordJob>(m_service, key, context, std::move(done), [](auto &) { }, true);
}

void KeychainSecretStore::write(const QString &key, const QString &value, QObject *context, Callback done)
{
    runJob<QKeychain::WritePasswordJob>(m_service, key, context, std::move(done),
                                        [&value](QKeychain::WritePasswordJob &job) { job.setTextData(value); }, false);
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Callback done)
{
    runJob<QKeychain::DeletePasswordJob>(m_service, key, context, std::move(done), [](auto &) { }, false);
}

void KeychainSecretStore::probe(QObject *context, Callback done)
{
    read(QStringLiteral("posthog-console/availability-probe"), context, [done = std::move(done)](const Reply &reply) {
        // Reading an entry that never exists can only fail when no keychain
        // answers (QtKeychain reports a missing D-Bus session as OtherError).
        if (reply.status == Status::NotFound || reply.status == Status::Ok)
            done({Status::Ok, {}, {}});
        else
            done({Status::Unavailable, {}, reply.error});
    });
}

} // namespace phc
