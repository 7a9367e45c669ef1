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
    static QStringList knownApiCodes(); // every code the catalog explains (tests iterate it)
};

} // namespace b24
