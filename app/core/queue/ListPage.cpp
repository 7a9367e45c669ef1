// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListPage.h"

#include "net/ErrorCatalog.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace b24 {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(b24::ListPage)
};

} // namespace

QJsonObject ListPage::parameters(const QJsonObject &filter, const QJsonValue &after)
{
    QJsonObject bounded = filter;
    const bool hasBound = after.isString() || (after.isDouble() && after.toInteger() > 0);
    if (hasBound)
        bounded.insert(QLatin1String(">ID"), after);
    QJsonObject parameters;
    if (!bounded.isEmpty())
        parameters.insert(QLatin1String("filter"), bounded);
    parameters.insert(QLatin1String("order"), QJsonObject {{QLatin1String("ID"), QLatin1String("ASC")}});
    parameters.insert(QLatin1String("start"), -1);
    return parameters;
}

QList<OfflineEvent> ListPage::rows(const QJsonValue &result)
{
    QList<OfflineEvent> rows;
    // Empty results may arrive as [] or {} (PHP arrays); a map of rows is accepted as well.
    if (result.isArray()) {
        const QJsonArray array = result.toArray();
        rows.reserve(array.size());
        for (const QJsonValue &row : array)
            rows.append(OfflineEvent::fromJson(row.toObject()));
    } else if (result.isObject()) {
        const QJsonObject object = result.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            rows.append(OfflineEvent::fromJson(it.value().toObject()));
    }
    return rows;
}

RestResult ListPage::commandFailure(const RestResult &batch, const BatchResult::Item &item)
{
    RestResult failure = batch;
    failure.status = CallStatus::ApiError;
    failure.method = QStringLiteral("event.offline.list");
    failure.result = QJsonValue();
    failure.errorCode = item.errorCode;
    failure.errorDescription = item.errorDescription;
    failure.explanation = item.explanation.isEmpty()
        ? ErrorCatalog::forApiError(item.errorCode, item.errorDescription, batch.httpStatus, failure.method)
        : item.explanation;
    return failure;
}

RestResult ListPage::missingCommand(const RestResult &batch, const QString &key)
{
    RestResult failure = batch;
    failure.status = CallStatus::BadResponse;
    failure.result = QJsonValue();
    failure.errorCode = QStringLiteral("BATCH_RESULT_MISSING");
    failure.errorDescription = Text::tr("The batch answer has no result for command %1.").arg(key);
    failure.explanation = ErrorCatalog::forBadResponse(batch.httpStatus, failure.errorDescription);
    return failure;
}

} // namespace b24
