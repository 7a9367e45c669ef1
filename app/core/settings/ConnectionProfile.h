// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/RateLimitConfig.h"

#include <QString>
#include <QUrl>

namespace b24 {

// A saved connection, without secrets: those live in the keychain under secretKey().
struct ConnectionProfile {
    QString name; // unique, shown in the profile list
    QString portal; // as typed; parsed with PortalAddress
    bool allowPlainHttp = false; // on-premise intranet portals only
    QString clientId; // not secret (client secret is)
    QString authConnector;
    QUrl tokenEndpoint = QUrl(QStringLiteral("https://oauth.bitrix.info/oauth/token/"));
    RateLimitConfig rateLimit;
    int timeoutSeconds = 30;
    QString pinnedCertificateSha256; // accepted self-signed certificate, for this portal's host
    bool readOnly = false;
    // Browser sign-in: the portal sends its answer to http://127.0.0.1:<signInPort>/, which must be
    // the application's handler address in the portal.
    int signInPort = 52180;

    [[nodiscard]] QString secretKey() const; // keychain key prefix, derived from the name
};

} // namespace b24
