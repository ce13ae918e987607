#include "memorysecretstore.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace phc {

namespace {

// Same contract as the keychain: the answer comes later, never inside the call.
void answerLater(QObject *context, SecretStore::Callback done, SecretStore::Reply reply)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), reply = std::move(reply)] { done(reply); }, Qt::QueuedConnection);
}

} // namespace

QString MemorySecretStore::backendName() const
{
    return QCoreApplication::translate("phc::SecretStore", "memory (this session only)");
}

void MemorySecretStore::read(const QString &key, QObject *context, Callback done)
{
    const auto it = m_values.constFind(key);
    if (it == m_values.cend())
        answerLater(context, std::move(done), {Status::NotFound, {}, {}});
    else
        answerLater(context, std::move(done), {Status::Ok, *it, {}});
}

void MemorySecretStore::write(const QString &key, const QString &value, QObject *context, Callback done)
{
    m_values.insert(key, value);
    answerLater(context, std::move(done), {Status::Ok, {}, {}});
}

void MemorySecretStore::remove(const QString &key, QObject *context, Callback done)
{
    m_values.remove(key);
    answerLater(context, std::move(done), {Status::Ok, {}, {}});
}

void MemorySecretStore::probe(QObject *context, Callback done)
{
    answerLater(context, std::move(done), {Status::Ok, {}, {}});
}

} // namespace phc
