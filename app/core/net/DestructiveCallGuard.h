// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace b24 {

// Knows which offline-queue calls delete or mark events, and which of them must never be sent
// because the server would do far more than the caller meant (reference §3.3/§3.4):
// an empty or missing id/message_id list clears the whole batch, message_id silently wins over
// id, and a get with process_id "" and the default clear deletes every unreserved event.
class DestructiveCallGuard
{
public:
    // clear, error, get with clear != 0 (clear defaults to 1!), or a batch holding any of them.
    static bool isDestructive(const QString &method, const QJsonObject &params);
    // Destructive, or a call that changes queue state without deleting: event.offline.get without
    // process_id reserves rows even with clear=0. Such calls must not be re-sent after a dropped
    // connection either, and their outcome is unknown when the answer is lost.
    static bool changesState(const QString &method, const QJsonObject &params);
    // Empty when the call may be sent; otherwise a translated sentence naming what was wrong and
    // what to do instead.
    static QString refusalReason(const QString &method, const QJsonObject &params);

    // PHP-style parse of a batch command "method?a=1&b%5B0%5D=2" into method and parameters
    // (only as deep as the checks above need: brackets become nested objects).
    static QString commandMethod(const QString &command);
    static QJsonObject commandParameters(const QString &command);
};

} // namespace b24
