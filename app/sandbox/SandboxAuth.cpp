// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxAuth.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <iterator>

namespace b24::sandbox {

QString SandboxAuth::randomToken(int length)
{
    static const char alphabet[] = "0123456789abcdef";
    QString token;
    token.reserve(length);
    for (int i = 0; i < length; ++i) {
        token.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(16)]));
    }
    return token;
}

SandboxAuth::SandboxAuth()
    : m_clientId(QStringLiteral("local.") + randomToken(14) + QLatin1Char('.') + randomToken(8)),
      m_clientSecret(randomToken(50)),
      m_memberId(randomToken(32)),
      m_webhookCode(randomToken(16))
{
    m_adminAccessToken = issueAccessToken(1, true);
    m_nonAdminAccessToken = issueAccessToken(2, false);
    m_adminRefreshToken = randomToken(70);
    m_refreshTokens.insert(m_adminRefreshToken, {m_clientId, 1, true, 0});
}

QString SandboxAuth::issueAccessToken(int userId, bool admin)
{
    QString token = randomToken(70);
    m_accessTokens.insert(token,
                          {m_clientId, userId, admin, QDateTime::currentSecsSinceEpoch() + m_lifetime});
    return token;
}

void SandboxAuth::reissueStartTokens()
{
    const qint64 expiresAt = QDateTime::currentSecsSinceEpoch() + m_lifetime;
    for (const QString &token : {m_adminAccessToken, m_nonAdminAccessToken}) {
        if (m_accessTokens.contains(token)) {
            m_accessTokens[token].expiresAt = expiresAt;
        }
    }
}

SandboxAuth::TokenState SandboxAuth::check(const QString &accessToken, TokenInfo *info) const
{
    const auto it = m_accessTokens.constFind(accessToken);
    if (it == m_accessTokens.constEnd()) {
        return TokenState::Unknown;
    }
    if (info) {
        *info = it.value();
    }
    return it->expiresAt <= QDateTime::currentSecsSinceEpoch() ? TokenState::Expired : TokenState::Valid;
}

bool SandboxAuth::isWebhook(const QString &userId, const QString &code) const
{
    return userId == webhookUserId() && code == m_webhookCode;
}

void SandboxAuth::expireAccessTokens()
{
    const qint64 past = QDateTime::currentSecsSinceEpoch() - 1;
    for (TokenInfo &info : m_accessTokens) {
        info.expiresAt = std::min(info.expiresAt, past);
    }
}

bool SandboxAuth::clientMatches(const QString &clientId, const QString &clientSecret,
                                RefreshOutcome *outcome) const
{
    if (clientId == m_clientId && clientSecret == m_clientSecret) {
        return true;
    }
    outcome->httpStatus = 401;
    outcome->error = QStringLiteral("invalid_client");
    outcome->errorDescription = QStringLiteral("Invalid client credentials");
    return false;
}

void SandboxAuth::issueTokenPair(const TokenInfo &owner, RefreshOutcome *outcome)
{
    outcome->accessToken = issueAccessToken(owner.userId, owner.admin);
    outcome->refreshToken = randomToken(70);
    m_refreshTokens.insert(outcome->refreshToken, owner);
    outcome->info = m_accessTokens.value(outcome->accessToken);
    if (owner.admin && owner.userId == 1) {
        m_adminAccessToken = outcome->accessToken;
        m_adminRefreshToken = outcome->refreshToken;
    }
}

SandboxAuth::RefreshOutcome SandboxAuth::refresh(const QString &clientId, const QString &clientSecret,
                                                 const QString &refreshToken)
{
    RefreshOutcome outcome;
    if (!clientMatches(clientId, clientSecret, &outcome)) {
        return outcome;
    }
    const auto it = m_refreshTokens.constFind(refreshToken);
    if (refreshToken.isEmpty() || it == m_refreshTokens.constEnd()) {
        outcome.httpStatus = 400;
        outcome.error = QStringLiteral("invalid_grant");
        outcome.errorDescription = QStringLiteral("Invalid refresh token");
        return outcome;
    }
    // Each refresh rotates the refresh token: the old one stops working.
    const TokenInfo owner = it.value(); // a copy: the entry is removed below
    m_refreshTokens.remove(refreshToken);
    issueTokenPair(owner, &outcome);
    return outcome;
}

QString SandboxAuth::issueAuthorizationCode(const QString &clientId)
{
    // Codes nobody exchanged would otherwise pile up in a long-running portal.
    for (auto it = m_authorizationCodes.begin(); it != m_authorizationCodes.end();) {
        it = it->deadline.hasExpired() ? m_authorizationCodes.erase(it) : std::next(it);
    }
    QString code = randomToken(32);
    m_authorizationCodes.insert(code, {clientId, QDeadlineTimer(authorizationCodeLifetimeSeconds * 1000)});
    return code;
}

SandboxAuth::RefreshOutcome SandboxAuth::exchangeAuthorizationCode(const QString &clientId,
                                                                   const QString &clientSecret,
                                                                   const QString &code)
{
    RefreshOutcome outcome;
    // Wrong credentials leave the code alone: it still belongs to whoever holds the secret.
    if (!clientMatches(clientId, clientSecret, &outcome)) {
        return outcome;
    }
    // take(): a code is single-use, so even an expired or mismatched one is gone after this.
    const auto it = m_authorizationCodes.constFind(code);
    const bool known = !code.isEmpty() && it != m_authorizationCodes.constEnd();
    const AuthorizationCode grant = known ? m_authorizationCodes.take(code) : AuthorizationCode {};
    if (!known || grant.deadline.hasExpired() || grant.clientId != clientId) {
        outcome.httpStatus = 400;
        outcome.error = QStringLiteral("invalid_grant");
        outcome.errorDescription = QStringLiteral("Invalid authorization code");
        return outcome;
    }
    // Browser sign-in is done by the portal administrator (the sandbox's user 1).
    issueTokenPair({m_clientId, 1, true, 0}, &outcome);
    return outcome;
}

void SandboxAuth::expireAuthorizationCodes()
{
    for (AuthorizationCode &grant : m_authorizationCodes) {
        grant.deadline = QDeadlineTimer(0);
    }
}

} // namespace b24::sandbox
