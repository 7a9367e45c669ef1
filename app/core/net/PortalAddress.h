// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace b24 {

// What an admin pasted, normalised to the portal's REST base ("https://host[:port]/rest/").
// Accepts a bare host, a portal URL, ".../rest/", a full method URL, an on-premise host with a
// port and IDN hosts. Refuses plain http (unless allowed, loopback always is), embedded
// credentials and webhook URLs, because event.offline.* accepts only an application's OAuth token.
class PortalAddress
{
public:
    enum class HttpPolicy { HttpsOnly, AllowHttp };

    PortalAddress() = default;
    static PortalAddress parse(const QString &input, HttpPolicy policy = HttpPolicy::HttpsOnly);

    [[nodiscard]] bool isValid() const { return m_error.isEmpty() && m_restBase.isValid(); }
    [[nodiscard]] QString error() const { return m_error; } // why it was refused, and what to do
    [[nodiscard]] QUrl restBase() const { return m_restBase; } // https://host[:port]/rest/
    [[nodiscard]] QUrl methodUrl(const QString &method) const; // restBase + method
    [[nodiscard]] QString host() const
    {
        return m_restBase.host(QUrl::FullyEncoded);
    } // ASCII (punycode) host
    [[nodiscard]] QString displayHost() const; // Unicode host for humans
    [[nodiscard]] bool isLoopback() const;
    [[nodiscard]] bool isPlainHttp() const { return m_restBase.scheme() == QLatin1String("http"); }

    [[nodiscard]] PortalAddress withError(const QString &error) const;

private:
    QUrl m_restBase;
    QString m_error;
};

} // namespace b24
