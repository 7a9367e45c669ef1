// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace b24 {

// Secrets of one connection. Never logged, never written to QSettings; see SecretMasker.
struct Credentials {
    QString accessToken;
    QString refreshToken; // optional; with clientId + clientSecret enables automatic refresh
    QString clientId;
    QString clientSecret;
    QString authConnector; // optional; sent as "auth_connector" on every call when non-empty
    QUrl tokenEndpoint = QUrl(QStringLiteral("https://oauth.bitrix.info/oauth/token/"));

    [[nodiscard]] bool canRefresh() const
    {
        return !refreshToken.isEmpty() && !clientId.isEmpty() && !clientSecret.isEmpty();
    }
};

} // namespace b24
