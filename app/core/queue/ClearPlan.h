// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "QueueGroup.h"
#include "net/BatchRequest.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace b24 {

// Exactly what a clear will send, computed before anything is sent, so the confirmation dialog,
// --dry-run and the executor all show and do the same thing.
//
// The scope is always explicit: "entire group" is turned into the list of every loaded ID of the
// group, never into an empty id list (which the server would read as "the whole batch").
struct ClearPlan {
    enum class Mode { ById, ByMessageId, EntireGroup };

    QueueGroup group;
    Mode mode = Mode::ById;
    QList<qint64> ids; // ById and EntireGroup
    QStringList messageIds; // ByMessageId (each removes every copy with that MESSAGE_ID in the group);
                            // make() stores them trimmed and lower-cased
    QList<BatchRequest> requests; // the HTTP requests, in order (each a batch of <= 50 commands)
    QString error; // why no plan could be made (empty selection, bad MESSAGE_ID, ...)

    // Commands hold at most this many values: PHP's max_input_vars (1000) minus process_id.
    static constexpr int MaxValuesPerCommand = 999;

    static ClearPlan make(const QueueGroup &group, Mode mode, const QList<qint64> &ids,
                          const QStringList &messageIds, int valuesPerCommand = MaxValuesPerCommand);

    [[nodiscard]] bool isValid() const { return error.isEmpty() && !requests.isEmpty(); }
    [[nodiscard]] qsizetype scopeSize() const
    {
        return mode == Mode::ByMessageId ? messageIds.size() : ids.size();
    }
    [[nodiscard]] QString describe() const; // one translated line: group, mode, count
    // Stable machine name of a mode for audit records and --json: by_id, by_message_id, entire_group.
    static QString modeName(Mode mode);

    // The ids / MESSAGE_IDs one HTTP request of the plan carries (for reports and the audit log).
    [[nodiscard]] QList<qint64> idsOfRequest(int request) const;
    [[nodiscard]] QStringList messageIdsOfRequest(int request) const;
};

} // namespace b24
