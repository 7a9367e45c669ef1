// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ClearPlan.h"
#include "net/RestResult.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace b24 {

// What a clear verifiably did, established by re-listing after the calls.
struct ClearReport {
    enum class ChunkOutcome { NotSent, Sent, Failed, Unknown };

    qint64 requested = 0; // M: rows in scope
    qint64 clearedVerified = 0; // N: in scope before, absent after
    QList<qint64> stillPresent; // K: ids still on the portal after the clear
    QHash<qint64, QString> stillPresentReason; // e.g. "reserved meanwhile by batch …"
    QList<ChunkOutcome> chunks; // per HTTP request of the plan
    bool cancelled = false;
    bool verified = false; // the re-list succeeded
    QList<RestResult> failures; // calls that failed or whose outcome is unknown
    QList<qint64> clearedIds; // ById/EntireGroup: ids verified gone
    QStringList stillPresentMessageIds; // ByMessageId: MESSAGE_IDs with a row left in the group
    QString verifyError; // why the re-list failed, when !verified

    [[nodiscard]] int chunkCount(ChunkOutcome outcome) const;
    [[nodiscard]] QJsonObject toJson() const; // for --json and the audit log; no secrets
    static QString outcomeName(ChunkOutcome outcome); // "not_sent", "sent", "failed", "unknown"

    [[nodiscard]] bool hasUnknownOutcome() const;
    [[nodiscard]] bool isComplete() const { return verified && stillPresent.isEmpty() && !cancelled; }
    [[nodiscard]] QString
    summary() const; // translated: "Cleared 3 of 3; still present 0", unknowns said as such
};

} // namespace b24
