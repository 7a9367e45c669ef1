// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "queue/OfflineEvent.h"

namespace b24::cli {

class RowLoad;

// `list` and `export`: load the matching rows read-only, order them, cap them, then print a table
// / JSON document (list) or write JSON lines, CSV or JSON (export).
class ListCommand : public Command
{
    Q_OBJECT

public:
    enum class Mode { List, Export };

    ListCommand(Mode mode, const CommandContext &context, QObject *parent = nullptr);
    void start() override;

private:
    void printList(const QList<OfflineEvent> &rows, qint64 loaded, bool more);
    void writeExport(const QList<OfflineEvent> &rows);

    Mode m_mode;
    RowLoad *m_load = nullptr;
};

} // namespace b24::cli
