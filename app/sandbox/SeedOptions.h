// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace b24::sandbox {

// What the Seeder puts into a queue. Shares are fractions of `count` (0..1).
struct SeedOptions {
    int count = 0;
    QStringList eventNames = {QStringLiteral("ONCRMDEALUPDATE"), QStringLiteral("ONCRMLEADADD"),
                              QStringLiteral("ONCRMCONTACTUPDATE"), QStringLiteral("ONTASKADD")};
    int payloadBytes = 0; // extra padding inside EVENT_DATA to make rows bigger
    double reservedShare = 0.0; // rows put into recent batches (PROCESS_ID set)
    double errorShare = 0.0; // rows with ERROR=1 (released, PROCESS_ID='')
    int processes = 1; // how many recent batches share the reserved rows
    int stuckBatches = 0; // extra batches whose rows are days old
    int stuckBatchSize = 25; // rows in each stuck batch (taken from `count`)
    int stuckAgeDays = 5; // how old the stuck rows are
    qint64 spreadSeconds = 14 * 24 * 3600; // timestamps spread over this window before now
    QString connectorId; // auth_connector of the seeded rows ('' = none)
    QString appId; // empty: the sandbox application
    quint32 randomSeed = 24; // same options, same queue

    // A realistic queue for the GUI's --demo mode: ~2,000 CRM/task events over the last weeks,
    // two recent and two stuck batches, some error rows.
    static SeedOptions demo();
};

} // namespace b24::sandbox
