// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretStore.h"

#include "SettingsLogging.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <qt6keychain/keychain.h>

namespace b24 {

namespace {

struct Secrets {
    QString accessToken;
    QString refreshToken;
    QString clientSecret;
};

QByteArray toBlob(const Secrets &secrets)
{
    QJsonObject object;
    object.insert(QLatin1String("access_token"), secrets.accessToken);
    object.insert(QLatin1String("refresh_token"), secrets.refreshToken);
    object.insert(QLatin1String("client_secret"), secrets.clientSecret);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Secrets fromBlob(const QByteArray &blob)
{
    const QJsonObject object = QJsonDocument::fromJson(blob).object();
    return {object.value(QLatin1String("access_token")).toString(),
            object.value(QLatin1String("refresh_token")).toString(),
            object.value(QLatin1String("client_secret")).toString()};
}

// Errors that mean "this machine has no usable keychain", as opposed to "this entry is missing".
bool isBackendFailure(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return true;
    default:
        return false;
    }
}

} // namespace

class SecretStore::Private
{
public:
    QString service;
    bool sessionOnly = false;
    QHash<QString, Secrets> memory; // used only after the keychain failed
};

SecretStore::SecretStore(const QString &service, QObject *parent) : QObject(parent), d(new Private)
{
    d->service = service;
}

SecretStore::~SecretStore()
{
    delete d;
}

bool SecretStore::sessionOnly() const
{
    return d->sessionOnly;
}

void SecretStore::switchToSessionOnly(const QString &detail)
{
    if (d->sessionOnly)
        return;
    d->sessionOnly = true;
    qCWarning(lcSettings) << "keychain unavailable, secrets kept for this session only:" << detail;
    Q_EMIT backendUnavailable(
        tr("No working system keychain was found (%1). Tokens and the client secret are kept in memory for "
           "this session only and must be entered again next time. Install and unlock a Secret Service "
           "keychain (for example GNOME Keyring or KWallet) to save them.")
            .arg(detail));
}

void SecretStore::store(const QString &profileKey, const QString &accessToken, const QString &refreshToken,
                        const QString &clientSecret, const Done &done)
{
    const Secrets secrets {accessToken, refreshToken, clientSecret};
    if (d->sessionOnly) {
        d->memory.insert(profileKey, secrets);
        if (done)
            done(true, {});
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(d->service, this);
    job->setInsecureFallback(false); // never plain text on disk
    job->setKey(profileKey);
    job->setBinaryData(toBlob(secrets));
    connect(
        job, &QKeychain::Job::finished, this, [this, profileKey, secrets, done](QKeychain::Job *finishedJob) {
            if (finishedJob->error() == QKeychain::NoError) {
                if (done)
                    done(true, {});
                return;
            }
            if (isBackendFailure(finishedJob->error())) {
                switchToSessionOnly(finishedJob->errorString());
                d->memory.insert(profileKey, secrets);
                if (done)
                    done(true, {});
                return;
            }
            if (done)
                done(false,
                     tr("Could not save the secrets in the keychain: %1").arg(finishedJob->errorString()));
        });
    job->start();
}

void SecretStore::load(const QString &profileKey, const Loaded &loaded)
{
    if (d->sessionOnly) {
        const Secrets secrets = d->memory.value(profileKey);
        if (loaded)
            loaded(true, secrets.accessToken, secrets.refreshToken, secrets.clientSecret, {});
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(d->service, this);
    job->setInsecureFallback(false);
    job->setKey(profileKey);
    connect(job, &QKeychain::Job::finished, this, [this, profileKey, loaded](QKeychain::Job *finishedJob) {
        const auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finishedJob);
        if (readJob->error() == QKeychain::NoError) {
            const Secrets secrets = fromBlob(readJob->binaryData());
            if (loaded)
                loaded(true, secrets.accessToken, secrets.refreshToken, secrets.clientSecret, {});
            return;
        }
        if (readJob->error() == QKeychain::EntryNotFound) {
            // Nothing saved yet is not an error: the profile simply has no secrets.
            if (loaded)
                loaded(true, {}, {}, {}, {});
            return;
        }
        if (isBackendFailure(readJob->error())) {
            switchToSessionOnly(readJob->errorString());
            const Secrets secrets = d->memory.value(profileKey);
            if (loaded)
                loaded(true, secrets.accessToken, secrets.refreshToken, secrets.clientSecret, {});
            return;
        }
        if (loaded)
            loaded(false, {}, {}, {},
                   tr("Could not read the secrets from the keychain: %1").arg(readJob->errorString()));
    });
    job->start();
}

void SecretStore::remove(const QString &profileKey, const Done &done)
{
    d->memory.remove(profileKey);
    if (d->sessionOnly) {
        if (done)
            done(true, {});
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(d->service, this);
    job->setInsecureFallback(false);
    job->setKey(profileKey);
    connect(job, &QKeychain::Job::finished, this, [this, done](QKeychain::Job *finishedJob) {
        const QKeychain::Error error = finishedJob->error();
        if (error == QKeychain::NoError || error == QKeychain::EntryNotFound) {
            if (done)
                done(true, {});
            return;
        }
        if (isBackendFailure(error)) {
            switchToSessionOnly(finishedJob->errorString());
            if (done)
                done(true, {});
            return;
        }
        if (done)
            done(false,
                 tr("Could not remove the secrets from the keychain: %1").arg(finishedJob->errorString()));
    });
    job->start();
}

} // namespace b24
