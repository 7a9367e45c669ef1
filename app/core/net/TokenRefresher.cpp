// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenRefresher.h"

#include "CertificatePins.h"
#include "ErrorCatalog.h"
#include "NetLogging.h"
#include "ResponseParser.h"
#include "SecretMasker.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace b24 {

namespace {

const QString TokenMethod = QStringLiteral("oauth.token");

qint64 nowMs()
{
    return QDeadlineTimer::current().deadline();
}

} // namespace

TokenRefresher::TokenRefresher(QNetworkAccessManager *network, SecretMasker *masker,
                               const CertificatePins *pins, QObject *parent)
    : QObject(parent), m_network(network), m_masker(masker), m_pins(pins)
{ }

void TokenRefresher::start(const Credentials &credentials, int transferTimeoutMs)
{
    request(credentials, QStringLiteral("refresh_token"), credentials.refreshToken, transferTimeoutMs);
}

void TokenRefresher::startWithCode(const Credentials &credentials, const QString &code, int transferTimeoutMs)
{
    request(credentials, QStringLiteral("authorization_code"), code, transferTimeoutMs);
}

void TokenRefresher::request(const Credentials &credentials, const QString &grant, const QString &grantValue,
                             int transferTimeoutMs)
{
    if (isRunning()) {
        return;
    }
    m_credentials = credentials;
    m_exchangingCode = grant == QLatin1String("authorization_code");
    // The code is a secret too: whoever holds it in its 30 s gets the token pair.
    m_masker->addSecret(grantValue);
    m_masker->addSecret(credentials.clientSecret);
    const QString grantKey = m_exchangingCode ? QStringLiteral("code") : QStringLiteral("refresh_token");

    QUrl url = credentials.tokenEndpoint;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("grant_type"), grant);
    query.addQueryItem(QStringLiteral("client_id"), credentials.clientId);
    query.addQueryItem(QStringLiteral("client_secret"), credentials.clientSecret);
    query.addQueryItem(grantKey, grantValue);
    url.setQuery(query);

    QNetworkRequest request(url);
    request.setTransferTimeout(transferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");

    m_entry = RequestLogEntry();
    m_entry.startedAt = QDateTime::currentDateTimeUtc();
    m_entry.method = TokenMethod;
    m_entry.url = credentials.tokenEndpoint.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    m_entry.parameters = m_masker->maskParameters(QJsonObject {
        {QStringLiteral("grant_type"), grant},
        {QStringLiteral("client_id"), credentials.clientId},
        {QStringLiteral("client_secret"), credentials.clientSecret},
        {grantKey, grantValue},
    });
    m_startedMs = nowMs();
    qCInfo(lcNet) << (m_exchangingCode ? "exchanging the sign-in code at" : "refreshing the access token at")
                  << m_entry.url;

    m_reply = m_network->get(request);
    QNetworkReply *reply = m_reply;
    m_tlsFingerprint.clear();
    m_tlsErrors.clear();
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        if (!m_pins->ignoreIfPinned(reply, errors, &m_tlsFingerprint, &m_tlsErrors)) {
            qCWarning(lcNet).noquote() << "TLS verification failed for the token endpoint"
                                       << reply->url().host() << "certificate SHA-256" << m_tlsFingerprint;
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void TokenRefresher::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    m_reply.clear();
    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QJsonObject object = QJsonDocument::fromJson(body).object();

    const QString accessToken = object.value(QLatin1String("access_token")).toString();
    const QString refreshToken = object.value(QLatin1String("refresh_token")).toString();
    // Register the new pair before anything about this answer is logged.
    m_masker->addSecret(accessToken);
    m_masker->addSecret(refreshToken);

    RestResult result;
    result.method = TokenMethod;
    result.httpStatus = httpStatus;
    const QString host = m_credentials.tokenEndpoint.host();
    const QString prefix
        = (m_exchangingCode ? QCoreApplication::translate("b24::TokenRefresher",
                                                          "Exchanging the sign-in code at %1 failed.")
                            : QCoreApplication::translate("b24::TokenRefresher",
                                                          "Renewing the expired access token at %1 failed."))
              .arg(host);
    if (reply->error() != QNetworkReply::NoError && httpStatus == 0) {
        result.status = CallStatus::TransportError;
        result.networkError = reply->error();
        result.explanation
            = reply->error() == QNetworkReply::SslHandshakeFailedError && !m_tlsFingerprint.isEmpty()
            ? ErrorCatalog::forTlsFailure(host, m_tlsFingerprint, m_tlsErrors)
            : ErrorCatalog::forNetworkError(reply->error(), host, m_masker->maskText(reply->errorString()));
        result.errorCode = result.explanation.code;
    } else if (httpStatus >= 200 && httpStatus < 300 && !accessToken.isEmpty()) {
        result.status = CallStatus::Ok;
    } else if (object.contains(QLatin1String("error"))) {
        result.status = CallStatus::ApiError;
        result.errorCode = object.value(QLatin1String("error")).toString();
        result.errorDescription
            = m_masker->maskText(object.value(QLatin1String("error_description")).toString());
        // invalid_grant for a code means the code, not a refresh token, was refused.
        result.explanation = m_exchangingCode && result.errorCode == QLatin1String("invalid_grant")
            ? ErrorCatalog::forClientCode(QStringLiteral("SIGN_IN_CODE_REJECTED"), result.errorDescription)
            : ErrorCatalog::forApiError(result.errorCode, result.errorDescription, httpStatus, TokenMethod);
    } else if (httpStatus >= 300 && httpStatus < 400) {
        result.status = CallStatus::ApiError;
        result.redirectTarget = reply->url()
                                    .resolved(QUrl(QString::fromUtf8(reply->rawHeader("Location"))))
                                    .adjusted(QUrl::RemoveQuery);
        result.explanation = ErrorCatalog::forRedirect(host, result.redirectTarget.toString(), true);
        result.errorCode = result.explanation.code;
    } else {
        result = ResponseParser::parse(TokenMethod, httpStatus, body, *m_masker);
        if (result.ok()) { // JSON with "result" but no access_token: not a token answer
            result.status = CallStatus::BadResponse;
            result.bodyExcerpt = ResponseParser::excerpt(body, *m_masker);
            result.explanation = ErrorCatalog::forBadResponse(httpStatus, result.bodyExcerpt);
        }
        result.errorCode = result.explanation.code;
    }
    if (!result.ok()) {
        result.explanation.explanation = prefix + QLatin1Char(' ') + result.explanation.explanation;
    }
    result.durationMs = nowMs() - m_startedMs;

    m_entry.httpStatus = httpStatus;
    m_entry.durationMs = result.durationMs;
    m_entry.status = result.status;
    m_entry.responseBody = m_masker->maskBytes(body).left(qsizetype(1024) * 1024);
    m_entry.explanation = result.explanation;
    Q_EMIT logged(m_entry);

    if (!result.ok()) {
        qCWarning(lcNet) << "token refresh failed:" << result.errorCode << "HTTP" << httpStatus;
        Q_EMIT failed(result);
        return;
    }
    Credentials rotated = m_credentials;
    rotated.accessToken = accessToken;
    if (!refreshToken.isEmpty()) {
        rotated.refreshToken = refreshToken;
    }
    qCInfo(lcNet) << "access token renewed";
    Q_EMIT refreshed(rotated);
}

} // namespace b24
