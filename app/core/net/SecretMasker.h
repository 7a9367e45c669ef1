// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace b24 {

// Removes secrets from anything that may be shown, logged or saved. Knows the parameter names
// that carry secrets (auth, access_token, refresh_token, client_secret, ...) and, in addition,
// every concrete secret value registered with it, so a token echoed in an unexpected place is
// still caught.
class SecretMasker
{
public:
    static constexpr auto Mask = "***";

    void addSecret(const QString &value); // ignored when shorter than 6 characters
    void clear();
    [[nodiscard]] QJsonObject maskParameters(const QJsonObject &parameters) const;
    [[nodiscard]] QString maskText(const QString &text) const;
    [[nodiscard]] QByteArray maskBytes(const QByteArray &bytes) const;
    static bool isSecretKey(const QString &key);

private:
    QStringList m_secrets;
};

} // namespace b24
