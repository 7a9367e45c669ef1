// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace b24::bench {

// Item 4 of issue 6: memory of `rows` loaded records. The sandbox runs as a separate process
// (b24-sandbox-portal) so this process holds only our side: QueueLoader -> QueueSnapshot, then the
// same rows in the GUI's RecordsModel. The portal's rate limit is off here: it changes how long the
// load takes, not what ends up in memory.
class MemoryBenchmark
{
public:
    static QJsonObject run(int rows, const QString &portalExecutable);
};

} // namespace b24::bench
