// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeedOptions.h"

namespace b24::sandbox {

SeedOptions SeedOptions::demo()
{
    SeedOptions options;
    options.count = 2000;
    options.eventNames = {QStringLiteral("ONCRMDEALUPDATE"),    QStringLiteral("ONCRMDEALADD"),
                          QStringLiteral("ONCRMLEADADD"),       QStringLiteral("ONCRMLEADUPDATE"),
                          QStringLiteral("ONCRMCONTACTUPDATE"), QStringLiteral("ONCRMCONTACTADD"),
                          QStringLiteral("ONCRMCOMPANYUPDATE"), QStringLiteral("ONTASKADD"),
                          QStringLiteral("ONTASKUPDATE"),       QStringLiteral("ONCRMACTIVITYADD")};
    options.reservedShare = 0.05; // 100 rows in two recent batches
    options.processes = 2;
    options.errorShare = 0.015; // 30 error rows
    options.stuckBatches = 2;
    options.stuckBatchSize = 40;
    options.stuckAgeDays = 6;
    options.spreadSeconds = 21 * 24 * 3600;
    return options;
}

} // namespace b24::sandbox
