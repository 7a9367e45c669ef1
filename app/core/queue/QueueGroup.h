// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace b24 {

// A set of rows an admin acts on as one: the unreserved rows, the error rows, or one reserved
// batch (rows sharing a PROCESS_ID). Clearing always addresses exactly one group.
struct QueueGroup {
    enum class Kind { Unreserved, Errors, Batch };

    Kind kind = Kind::Unreserved;
    QString processId; // the batch's PROCESS_ID; "" for Unreserved and Errors
    qint64 count = 0;
    qint64 errorCount = 0; // rows with ERROR=1 inside a batch
    qint64 oldest = 0; // TIMESTAMP_X, seconds since epoch
    qint64 newest = 0;
    bool stuck = false; // a batch older than the configured threshold

    // The process_id to send to event.offline.clear for this group ("" addresses unreserved rows).
    [[nodiscard]] QString clearProcessId() const { return kind == Kind::Batch ? processId : QString(); }
    [[nodiscard]] QString key() const; // stable id: "unreserved", "errors" or "batch:<pid>"
    [[nodiscard]] QString displayName() const; // translated, e.g. "Unreserved", "Batch k3v9x0c2…"
};

} // namespace b24
