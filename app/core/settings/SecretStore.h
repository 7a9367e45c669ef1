// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace b24 {

// Secrets (access token, refresh token, client secret) in the OS keychain through QtKeychain,
// insecure fallback off. When no backend works the store keeps secrets in memory for this session
// only, and says so through sessionOnly() so the window can tell the admin.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    explicit SecretStore(const QString &service = QStringLiteral("b24-offline-queue"),
                         QObject *parent = nullptr);
    ~SecretStore() override;

    using Done = std::function<void(bool ok, const QString &error)>;
    using Loaded = std::function<void(bool ok, const QString &accessToken, const QString &refreshToken,
                                      const QString &clientSecret, const QString &error)>;

    void store(const QString &profileKey, const QString &accessToken, const QString &refreshToken,
               const QString &clientSecret, const Done &done);
    void load(const QString &profileKey, const Loaded &loaded);
    void remove(const QString &profileKey, const Done &done);
    // True after a NoBackendAvailable/AccessDenied/OtherError failure; from then on every operation
    // uses an in-memory map. A load of a key that was never stored succeeds with empty strings.
    [[nodiscard]] bool sessionOnly() const;

Q_SIGNALS:
    void backendUnavailable(const QString &explanation);

private:
    void switchToSessionOnly(const QString &detail);

    class Private;
    Private *d;
};

} // namespace b24
