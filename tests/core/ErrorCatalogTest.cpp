// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/ErrorCatalog.h"

#include "TestSupport.h"

#include <gtest/gtest.h>

using namespace b24;

TEST(ErrorCatalog, EveryReferenceCodeIsExplained)
{
    const QStringList required {
        QStringLiteral("ERROR_ARGUMENT"),
        QStringLiteral("NO_AUTH_FOUND"),
        QStringLiteral("expired_token"),
        QStringLiteral("invalid_token"),
        QStringLiteral("insufficient_scope"),
        QStringLiteral("WRONG_AUTH_TYPE"),
        QStringLiteral("ACCESS_DENIED"),
        QStringLiteral("WRONG_LICENSE"),
        QStringLiteral("ERROR_METHOD_NOT_FOUND"),
        QStringLiteral("OPERATION_TIME_LIMIT"),
        QStringLiteral("QUERY_LIMIT_EXCEEDED"),
        QStringLiteral("OVERLOAD_LIMIT"),
        QStringLiteral("INTERNAL_SERVER_ERROR"),
        QStringLiteral("ERROR_CORE"),
        QStringLiteral("PORTAL_DELETED"),
        QStringLiteral("INVALID_REQUEST"),
        QStringLiteral("APPLICATION_NOT_FOUND"),
        QStringLiteral("authorization_error"),
        QStringLiteral("user_access_error"),
        QStringLiteral("WRONG_ENCODING"),
        QStringLiteral("CODE_EMPTY"),
        QStringLiteral("ERROR_BATCH_LENGTH_EXCEEDED"),
        QStringLiteral("ERROR_BATCH_METHOD_NOT_ALLOWED"),
        QStringLiteral("invalid_request"),
        QStringLiteral("invalid_client"),
        QStringLiteral("invalid_grant"),
        QStringLiteral("invalid_scope"),
        QStringLiteral("PAYMENT_REQUIRED"),
    };
    const QStringList known = ErrorCatalog::knownApiCodes();
    for (const QString &code : required) {
        EXPECT_TRUE(known.contains(code)) << code.toStdString();
    }
    for (const QString &code : known) {
        const ErrorInfo info = ErrorCatalog::forApiError(code, QStringLiteral("desc-%1").arg(code), 400);
        EXPECT_EQ(info.code, code);
        EXPECT_FALSE(info.title.isEmpty()) << code.toStdString();
        EXPECT_FALSE(info.explanation.isEmpty()) << code.toStdString();
        EXPECT_FALSE(info.action.isEmpty()) << code.toStdString();
        EXPECT_TRUE(info.explanation.contains(QStringLiteral("desc-%1").arg(code))) << code.toStdString();
        EXPECT_FALSE(info.title.startsWith(QStringLiteral("Portal error")))
            << "known code treated as unknown";
    }
}

TEST(ErrorCatalog, AuthAndPermissionCodesAreMarked)
{
    for (const char *code : {"expired_token", "invalid_token", "NO_AUTH_FOUND", "insufficient_scope",
                             "WRONG_AUTH_TYPE", "ACCESS_DENIED", "APPLICATION_NOT_FOUND",
                             "authorization_error", "user_access_error", "invalid_grant", "invalid_client"}) {
        EXPECT_TRUE(ErrorCatalog::forApiError(QLatin1String(code), {}, 401).authProblem) << code;
    }
    for (const char *code :
         {"ERROR_ARGUMENT", "QUERY_LIMIT_EXCEEDED", "OPERATION_TIME_LIMIT", "ERROR_CORE"}) {
        EXPECT_FALSE(ErrorCatalog::forApiError(QLatin1String(code), {}, 400).authProblem) << code;
    }
}

TEST(ErrorCatalog, CaseVariantsKeepTheirMeaning)
{
    EXPECT_EQ(ErrorCatalog::forApiError(QStringLiteral("INVALID_REQUEST"), {}, 400).title,
              ErrorCatalog::forApiError(QStringLiteral("INVALID_REQUEST"), {}, 401).title);
    EXPECT_NE(ErrorCatalog::forApiError(QStringLiteral("INVALID_REQUEST"), {}, 400).title,
              ErrorCatalog::forApiError(QStringLiteral("invalid_request"), {}, 400).title);
    EXPECT_EQ(ErrorCatalog::forApiError(QStringLiteral("EXPIRED_TOKEN"), {}, 401).title,
              ErrorCatalog::forApiError(QStringLiteral("expired_token"), {}, 401).title);
}

TEST(ErrorCatalog, UnknownCodeQuotesCodeDescriptionAndStatus)
{
    const ErrorInfo info
        = ErrorCatalog::forApiError(QStringLiteral("BRAND_NEW_CODE"), QStringLiteral("Something odd"), 409);
    EXPECT_EQ(info.code, QStringLiteral("BRAND_NEW_CODE"));
    EXPECT_TRUE(info.title.contains(QStringLiteral("BRAND_NEW_CODE")));
    EXPECT_TRUE(info.explanation.contains(QStringLiteral("Something odd")));
    EXPECT_TRUE(info.explanation.contains(QStringLiteral("409")));
    EXPECT_FALSE(info.action.isEmpty());
    EXPECT_TRUE(ErrorCatalog::forApiError(QStringLiteral("X"), {}, 403).authProblem);
}

TEST(ErrorCatalog, EveryTransportFailureIsExplainedWithTheHost)
{
    const QList<QNetworkReply::NetworkError> errors {
        QNetworkReply::ConnectionRefusedError,
        QNetworkReply::RemoteHostClosedError,
        QNetworkReply::HostNotFoundError,
        QNetworkReply::TimeoutError,
        QNetworkReply::OperationCanceledError,
        QNetworkReply::SslHandshakeFailedError,
        QNetworkReply::TemporaryNetworkFailureError,
        QNetworkReply::NetworkSessionFailedError,
        QNetworkReply::BackgroundRequestNotAllowedError,
        QNetworkReply::TooManyRedirectsError,
        QNetworkReply::InsecureRedirectError,
        QNetworkReply::UnknownNetworkError,
        QNetworkReply::ProxyConnectionRefusedError,
        QNetworkReply::ProxyConnectionClosedError,
        QNetworkReply::ProxyNotFoundError,
        QNetworkReply::ProxyTimeoutError,
        QNetworkReply::ProxyAuthenticationRequiredError,
        QNetworkReply::UnknownProxyError,
        QNetworkReply::ContentAccessDenied,
        QNetworkReply::ContentOperationNotPermittedError,
        QNetworkReply::ContentNotFoundError,
        QNetworkReply::AuthenticationRequiredError,
        QNetworkReply::ContentReSendError,
        QNetworkReply::ContentConflictError,
        QNetworkReply::ContentGoneError,
        QNetworkReply::UnknownContentError,
        QNetworkReply::ProtocolUnknownError,
        QNetworkReply::ProtocolInvalidOperationError,
        QNetworkReply::ProtocolFailure,
        QNetworkReply::InternalServerError,
        QNetworkReply::OperationNotImplementedError,
        QNetworkReply::ServiceUnavailableError,
        QNetworkReply::UnknownServerError,
    };
    for (const QNetworkReply::NetworkError error : errors) {
        const ErrorInfo info = ErrorCatalog::forNetworkError(error, QStringLiteral("portal.example.com"),
                                                             QStringLiteral("detail"));
        EXPECT_FALSE(info.code.isEmpty()) << int(error);
        EXPECT_FALSE(info.title.isEmpty()) << int(error);
        EXPECT_FALSE(info.action.isEmpty()) << int(error);
        EXPECT_TRUE(info.explanation.contains(QStringLiteral("portal.example.com"))) << int(error);
        EXPECT_TRUE(info.explanation.contains(QStringLiteral("detail"))) << int(error);
    }
    EXPECT_EQ(ErrorCatalog::forNetworkError(QNetworkReply::HostNotFoundError, {}).code,
              QStringLiteral("TRANSPORT_HOST_NOT_FOUND"));
    EXPECT_EQ(ErrorCatalog::forNetworkError(QNetworkReply::ProxyNotFoundError, {}).code,
              QStringLiteral("TRANSPORT_PROXY"));
}

TEST(ErrorCatalog, ClientConditionsHaveEntries)
{
    for (const QString &code : ErrorCatalog::knownClientCodes()) {
        const ErrorInfo info = ErrorCatalog::forClientCode(code, QStringLiteral("extra"));
        EXPECT_EQ(info.code, code);
        EXPECT_FALSE(info.title.isEmpty()) << code.toStdString();
        EXPECT_FALSE(info.action.isEmpty()) << code.toStdString();
        EXPECT_TRUE(info.explanation.contains(QStringLiteral("extra")));
    }
    const ErrorInfo tls = ErrorCatalog::forTlsFailure(QStringLiteral("h.example"), QStringLiteral("AA:BB"),
                                                      QStringLiteral("self-signed"));
    EXPECT_TRUE(tls.explanation.contains(QStringLiteral("h.example")));
    EXPECT_TRUE(tls.explanation.contains(QStringLiteral("AA:BB")));
    const ErrorInfo bad = ErrorCatalog::forBadResponse(502, QStringLiteral("Bad Gateway"));
    EXPECT_TRUE(bad.explanation.contains(QStringLiteral("502")));
    EXPECT_TRUE(bad.explanation.contains(QStringLiteral("Bad Gateway")));
    EXPECT_TRUE(
        ErrorCatalog::forRefused(QStringLiteral("because")).explanation.contains(QStringLiteral("because")));
    EXPECT_TRUE(ErrorCatalog::forOutcomeUnknown(QStringLiteral("event.offline.clear"))
                    .explanation.contains(QStringLiteral("event.offline.clear")));
}
