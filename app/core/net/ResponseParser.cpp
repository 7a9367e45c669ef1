// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResponseParser.h"

#include "ErrorCatalog.h"
#include "SecretMasker.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace b24 {

namespace {

std::optional<qint64> integer(const QJsonValue &value)
{
    if (value.isDouble()) {
        return qint64(value.toDouble());
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().toLongLong(&ok);
        if (ok) {
            return parsed;
        }
    }
    return std::nullopt;
}

RestResult badResponse(RestResult result, const QByteArray &body, const SecretMasker &masker)
{
    result.status = CallStatus::BadResponse;
    result.errorCode = QStringLiteral("BAD_RESPONSE");
    result.bodyExcerpt = ResponseParser::excerpt(body, masker);
    result.explanation = ErrorCatalog::forBadResponse(result.httpStatus, result.bodyExcerpt);
    return result;
}

} // namespace

QString ResponseParser::excerpt(const QByteArray &body, const SecretMasker &masker)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression styleOrScript(QStringLiteral("<(style|script)[^>]*>.*?</\\1>"),
                                                  QRegularExpression::CaseInsensitiveOption
                                                      | QRegularExpression::DotMatchesEverythingOption);
    // Mask before cutting, so a secret split at the cut cannot leak half of itself.
    QString text = masker.maskText(QString::fromUtf8(body.left(qsizetype(64) * 1024)));
    text.remove(styleOrScript);
    text.replace(tags, QStringLiteral(" "));
    text = text.simplified();
    if (text.size() > ExcerptLength) {
        text = text.left(ExcerptLength) + QChar(0x2026);
    }
    return text;
}

RestResult ResponseParser::parse(const QString &method, int httpStatus, const QByteArray &body,
                                 const SecretMasker &masker)
{
    RestResult result;
    result.method = method;
    result.httpStatus = httpStatus;

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (body.trimmed().isEmpty() || error.error != QJsonParseError::NoError || !document.isObject()) {
        return badResponse(result, body, masker);
    }
    const QJsonObject object = document.object();
    result.time = TimeInfo::fromJson(object.value(QLatin1String("time")).toObject());

    const QJsonValue errorValue = object.value(QLatin1String("error"));
    if (errorValue.isString() && !errorValue.toString().isEmpty()) {
        result.status = CallStatus::ApiError;
        result.errorCode = errorValue.toString();
        // Portals (and proxies in front of them) sometimes echo request data into the description.
        result.errorDescription
            = masker.maskText(object.value(QLatin1String("error_description")).toString());
        result.errorArgument = masker.maskText(object.value(QLatin1String("argument")).toString());
        result.explanation
            = ErrorCatalog::forApiError(result.errorCode, result.errorDescription, httpStatus, method);
        return result;
    }

    const bool success = httpStatus >= 200 && httpStatus < 300;
    if (!object.contains(QLatin1String("result")) || !success) {
        return badResponse(result, body, masker);
    }
    result.status = CallStatus::Ok;
    result.result = object.value(QLatin1String("result"));
    result.next = integer(object.value(QLatin1String("next")));
    result.total = integer(object.value(QLatin1String("total")));
    return result;
}

} // namespace b24
