// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParsePipeline.h"

#include "net/BatchResult.h"
#include "net/RequestLogEntry.h"
#include "net/ResponseParser.h"
#include "net/SecretMasker.h"
#include "queue/ListPage.h"

namespace b24::bench {

namespace {

QList<OfflineEvent> rowsOf(const RestResult &result)
{
    const BatchResult batch = BatchResult::fromJson(result.result);
    QList<OfflineEvent> rows;
    for (int i = 0; i < 50; ++i) {
        const QString key = QStringLiteral("p%1").arg(i);
        if (!batch.has(key))
            break;
        rows.append(ListPage::rows(batch.item(key).result));
    }
    return rows;
}

} // namespace

QList<OfflineEvent> ParsePipeline::parseBatch(const QByteArray &body)
{
    static const SecretMasker masker;
    return rowsOf(ResponseParser::parse(QStringLiteral("batch"), 200, body, masker));
}

QList<OfflineEvent> ParsePipeline::parseBatchAsClient(const QByteArray &body)
{
    // The client knows its access token and masks it in everything it logs.
    static const SecretMasker masker = [] {
        SecretMasker withToken;
        withToken.addSecret(QStringLiteral("bench0access0token0a1b2c3d4e5f60718293"));
        return withToken;
    }();
    const RestResult result = ResponseParser::parse(QStringLiteral("batch"), 200, body, masker);
    const QByteArray logged = masker.maskBytes(body).left(1024 * 1024);
    const int counted = RequestLogEntry::countRecords(result.method, result.result);
    QList<OfflineEvent> rows = rowsOf(result);
    if (logged.isEmpty() || counted != rows.size())
        rows.clear(); // keeps the bookkeeping from being optimised away; never true for real bodies
    return rows;
}

} // namespace b24::bench
