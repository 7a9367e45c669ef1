// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClearReport.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace b24 {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(b24::ClearReport)
};

} // namespace

bool ClearReport::hasUnknownOutcome() const
{
    return chunks.contains(ChunkOutcome::Unknown);
}

int ClearReport::chunkCount(ChunkOutcome outcome) const
{
    return int(std::count(chunks.cbegin(), chunks.cend(), outcome));
}

QString ClearReport::outcomeName(ChunkOutcome outcome)
{
    switch (outcome) {
    case ChunkOutcome::NotSent:
        return QStringLiteral("not_sent");
    case ChunkOutcome::Sent:
        return QStringLiteral("sent");
    case ChunkOutcome::Failed:
        return QStringLiteral("failed");
    case ChunkOutcome::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString ClearReport::summary() const
{
    if (chunks.isEmpty() && !failures.isEmpty() && failures.constFirst().status == CallStatus::Refused)
        return Text::tr("Nothing was sent: %1").arg(failures.constFirst().errorDescription);
    QStringList parts;
    if (verified) {
        const qint64 left
            = stillPresentMessageIds.isEmpty() ? stillPresent.size() : stillPresentMessageIds.size();
        parts
            << Text::tr("Cleared %1 of %2; still present %3.").arg(clearedVerified).arg(requested).arg(left);
    } else {
        parts << Text::tr(
                     "Could not verify the result: the re-list failed (%1). Reload the queue to see what "
                     "is left.")
                     .arg(verifyError.isEmpty() ? Text::tr("no answer") : verifyError);
    }
    if (const int unknown = chunkCount(ChunkOutcome::Unknown); unknown > 0)
        parts << Text::tr("The outcome of %n request(s) is unknown: the connection ended after sending. They "
                          "were not repeated.",
                          nullptr, unknown);
    if (const int failed = chunkCount(ChunkOutcome::Failed); failed > 0)
        parts << Text::tr("%n request(s) failed.", nullptr, failed);
    if (const int notSent = chunkCount(ChunkOutcome::NotSent); notSent > 0)
        parts << Text::tr("%n request(s) were not sent.", nullptr, notSent);
    if (cancelled)
        parts << Text::tr("Cancelled before the end.");
    return parts.join(QLatin1Char(' '));
}

QJsonObject ClearReport::toJson() const
{
    QJsonObject object;
    object.insert(QLatin1String("requested"), requested);
    object.insert(QLatin1String("cleared_verified"), clearedVerified);
    object.insert(QLatin1String("verified"), verified);
    object.insert(QLatin1String("cancelled"), cancelled);
    object.insert(QLatin1String("unknown_outcome"), hasUnknownOutcome());
    QJsonArray chunkNames;
    for (ChunkOutcome outcome : chunks)
        chunkNames.append(outcomeName(outcome));
    object.insert(QLatin1String("chunks"), chunkNames);
    QJsonArray present;
    for (qint64 id : stillPresent) {
        QJsonObject row;
        row.insert(QLatin1String("id"), id);
        row.insert(QLatin1String("reason"), stillPresentReason.value(id));
        present.append(row);
    }
    object.insert(QLatin1String("still_present"), present);
    if (!stillPresentMessageIds.isEmpty())
        object.insert(QLatin1String("still_present_message_ids"),
                      QJsonArray::fromStringList(stillPresentMessageIds));
    if (!verifyError.isEmpty())
        object.insert(QLatin1String("verify_error"), verifyError);
    QJsonArray failureList;
    for (const RestResult &failure : failures) {
        QJsonObject item;
        item.insert(QLatin1String("method"), failure.method);
        item.insert(QLatin1String("http_status"), failure.httpStatus);
        item.insert(QLatin1String("error"), failure.errorCode);
        item.insert(QLatin1String("error_description"), failure.errorDescription);
        item.insert(QLatin1String("explanation"), failure.explanation.title);
        failureList.append(item);
    }
    object.insert(QLatin1String("failures"), failureList);
    object.insert(QLatin1String("summary"), summary());
    return object;
}

} // namespace b24
