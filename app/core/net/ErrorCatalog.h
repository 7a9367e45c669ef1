// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ErrorInfo.h"

#include <QNetworkReply>

namespace b24 {

// The single place that turns portal error codes and transport failures into explanations.
// Unknown codes still produce an entry that quotes code, description and HTTP status.
class ErrorCatalog
{
public:
    static ErrorInfo forApiError(const QString &code, const QString &description, int httpStatus,
                                 const QString &method = {});
    static ErrorInfo forNetworkError(QNetworkReply::NetworkError error, const QString &host,
                                     const QString &detail = {});
    static ErrorInfo forBadResponse(int httpStatus, const QString &excerpt);
    static ErrorInfo forOutcomeUnknown(const QString &method);
    static ErrorInfo forRefused(const QString &reason);
    // TLS verification failed: names the host and the certificate's SHA-256 fingerprint.
    static ErrorInfo forTlsFailure(const QString &host, const QString &sha256Fingerprint,
                                   const QString &errors);
    // A redirect that was not followed; movedPortal when it pointed at another host.
    static ErrorInfo forRedirect(const QString &fromHost, const QString &toUrl, bool movedPortal);
    // One of knownClientCodes() (PORTAL_NOT_SET, TRANSPORT_TIMEOUT, ...) with an extra detail sentence.
    static ErrorInfo forClientCode(const QString &code, const QString &detail = {});
    static QStringList knownApiCodes(); // every code the catalog explains (tests iterate it)
    static QStringList knownClientCodes(); // conditions the client detects itself (transport, refusal, ...)
};

} // namespace b24
