// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDeadlineTimer>
#include <QHash>
#include <QString>

namespace b24::sandbox {

// The sandbox application and its tokens: one OAuth application (client id/secret), an
// administrator and a non-administrator user, rotating refresh tokens, and one webhook that the
// offline methods must refuse. Browser sign-in (authorization code) codes live here too.
class SandboxAuth
{
public:
    struct TokenInfo {
        QString clientId;
        int userId = 0;
        bool admin = false;
        qint64 expiresAt = 0; // Unix seconds
    };
    enum class TokenState { Valid, Unknown, Expired };

    struct RefreshOutcome {
        int httpStatus = 200;
        QString error; // invalid_client, invalid_grant, invalid_request; empty on success
        QString errorDescription;
        QString accessToken;
        QString refreshToken;
        TokenInfo info;
    };

    SandboxAuth();

    void setAccessTokenLifetime(int seconds) { m_lifetime = seconds; }
    int accessTokenLifetime() const { return m_lifetime; }

    QString clientId() const { return m_clientId; }
    QString clientSecret() const { return m_clientSecret; }
    QString adminAccessToken() const { return m_adminAccessToken; } // the latest one issued
    QString nonAdminAccessToken() const { return m_nonAdminAccessToken; }
    QString refreshToken() const { return m_adminRefreshToken; } // the current one
    QString webhookUserId() const { return QStringLiteral("1"); }
    QString webhookCode() const { return m_webhookCode; }
    QString memberId() const { return m_memberId; }

    TokenState check(const QString &accessToken, TokenInfo *info) const;
    bool isWebhook(const QString &userId, const QString &code) const;
    void expireAccessTokens();
    RefreshOutcome refresh(const QString &clientId, const QString &clientSecret, const QString &refreshToken);

    // Authorization codes of /oauth/authorize/: single-use, valid for
    // authorizationCodeLifetimeSeconds, bound to the client id they were issued for.
    static constexpr int authorizationCodeLifetimeSeconds = 30; // as on a real portal
    QString issueAuthorizationCode(const QString &clientId);
    // grant_type=authorization_code: a fresh token pair for the administrator (user 1), shaped
    // like a refresh; the code is spent even when it turns out to be expired.
    RefreshOutcome exchangeAuthorizationCode(const QString &clientId, const QString &clientSecret,
                                             const QString &code);
    void expireAuthorizationCodes(); // every code issued so far is expired from now on
    // A fresh token for the sandbox application (tests that need a second admin or user).
    QString issueAccessToken(int userId, bool admin);
    // Re-dates the admin and non-admin start tokens with the current lifetime.
    void reissueStartTokens();

    static QString randomToken(int length);

private:
    struct AuthorizationCode {
        QString clientId;
        QDeadlineTimer deadline;
    };

    bool clientMatches(const QString &clientId, const QString &clientSecret, RefreshOutcome *outcome) const;
    void issueTokenPair(const TokenInfo &owner, RefreshOutcome *outcome);

    QString m_clientId;
    QString m_clientSecret;
    QString m_memberId;
    QString m_webhookCode;
    QString m_adminAccessToken;
    QString m_nonAdminAccessToken;
    QString m_adminRefreshToken;
    int m_lifetime = 3600;
    QHash<QString, TokenInfo> m_accessTokens;
    QHash<QString, TokenInfo> m_refreshTokens;
    QHash<QString, AuthorizationCode> m_authorizationCodes;
};

} // namespace b24::sandbox
