// SPDX-License-Identifier: GPL-3.0-or-later
#include "OAuthTokenEndpoint.h"

#include "PhpQueryParser.h"
#include "RestDispatcher.h"

#include <QDateTime>

namespace b24::sandbox {

namespace {

HttpResponse oauthError(int status, const QString &code, const QString &description)
{
    PhpValue body = PhpValue::array();
    body.insert(QStringLiteral("error"), PhpValue::fromString(code));
    body.insert(QStringLiteral("error_description"), PhpValue::fromString(description));
    return HttpResponse::json(status, body.toJsonBytes());
}

} // namespace

HttpResponse OAuthTokenEndpoint::handle(const HttpRequest &request, SandboxAuth &auth, const QUrl &portalUrl)
{
    const PhpValue params = RestDispatcher::requestParams(request, RestDispatcher::maxInputVars);
    const QString grantType = params.value(QStringLiteral("grant_type")).toString();
    const QString clientId = params.value(QStringLiteral("client_id")).toString();
    const QString clientSecret = params.value(QStringLiteral("client_secret")).toString();
    SandboxAuth::RefreshOutcome outcome;
    if (grantType == u"refresh_token") {
        outcome
            = auth.refresh(clientId, clientSecret, params.value(QStringLiteral("refresh_token")).toString());
    } else if (grantType == u"authorization_code") {
        outcome = auth.exchangeAuthorizationCode(clientId, clientSecret,
                                                 params.value(QStringLiteral("code")).toString());
    } else {
        return oauthError(400, QStringLiteral("invalid_request"),
                          grantType.isEmpty() ? QStringLiteral("grant_type is required")
                                              : QStringLiteral("Unsupported grant_type: %1").arg(grantType));
    }
    if (!outcome.error.isEmpty()) {
        return oauthError(outcome.httpStatus, outcome.error, outcome.errorDescription);
    }
    // Both grants answer with the same fields (the real server does the same).
    const QString rest = portalUrl.resolved(QUrl(QStringLiteral("rest/"))).toString();
    PhpValue body = PhpValue::array();
    body.insert(QStringLiteral("access_token"), PhpValue::fromString(outcome.accessToken));
    body.insert(QStringLiteral("expires"), PhpValue::fromInt(outcome.info.expiresAt));
    body.insert(QStringLiteral("expires_in"), PhpValue::fromInt(auth.accessTokenLifetime()));
    body.insert(QStringLiteral("scope"), PhpValue::fromString(QStringLiteral("app")));
    // The sandbox is its own OAuth server, so `domain` and `server_endpoint` point back at it.
    body.insert(QStringLiteral("domain"), PhpValue::fromString(portalUrl.authority()));
    body.insert(QStringLiteral("server_endpoint"), PhpValue::fromString(rest));
    body.insert(QStringLiteral("status"), PhpValue::fromString(QStringLiteral("L")));
    body.insert(QStringLiteral("client_endpoint"), PhpValue::fromString(rest));
    body.insert(QStringLiteral("member_id"), PhpValue::fromString(auth.memberId()));
    body.insert(QStringLiteral("user_id"), PhpValue::fromInt(outcome.info.userId));
    body.insert(QStringLiteral("refresh_token"), PhpValue::fromString(outcome.refreshToken));
    return HttpResponse::json(200, body.toJsonBytes());
}

} // namespace b24::sandbox
