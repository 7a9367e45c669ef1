// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxAuth.h"

#include <QDateTime>
#include <QRandomGenerator>

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

SandboxAuth::RefreshOutcome SandboxAuth::refresh(const QString &clientId, const QString &clientSecret,
                                                 const QString &refreshToken)
{
    RefreshOutcome outcome;
    if (clientId != m_clientId || clientSecret != m_clientSecret) {
        outcome.httpStatus = 401;
        outcome.error = QStringLiteral("invalid_client");
        outcome.errorDescription = QStringLiteral("Invalid client credentials");
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
    outcome.accessToken = issueAccessToken(owner.userId, owner.admin);
    outcome.refreshToken = randomToken(70);
    m_refreshTokens.insert(outcome.refreshToken, owner);
    outcome.info = m_accessTokens.value(outcome.accessToken);
    if (owner.admin && owner.userId == 1) {
        m_adminAccessToken = outcome.accessToken;
        m_adminRefreshToken = outcome.refreshToken;
    }
    return outcome;
}

} // namespace b24::sandbox
