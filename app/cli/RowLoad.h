// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queue/ListFilter.h"
#include "queue/QueueLoader.h"
#include "queue/QueueSnapshot.h"

#include <QObject>

#include <functional>
#include <optional>

namespace b24 {
class RestClient;
}

namespace b24::cli {

class Console;

// Loads rows (read-only, event.offline.list through QueueLoader) into a QueueSnapshot, with a
// progress line on a terminal. Optionally stops early once enough rows in ID order are there.
class RowLoad : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const QueueLoader::Report &report)>;

    RowLoad(RestClient *client, Console *console, QObject *parent = nullptr);

    void setStopAfter(std::optional<qint64> rows) { m_stopAfter = rows; }
    void start(const ListFilter &filter, const Done &done);
    [[nodiscard]] const QueueSnapshot &snapshot() const { return m_snapshot; }
    // True when the load stopped early because setStopAfter() was reached (not a failure).
    [[nodiscard]] bool stoppedEarly() const { return m_stoppedEarly; }
    [[nodiscard]] static bool succeeded(const QueueLoader::Report &report, bool stoppedEarly);

private:
    QueueLoader *m_loader;
    Console *m_console;
    QueueSnapshot m_snapshot;
    std::optional<qint64> m_stopAfter;
    bool m_stoppedEarly = false;
    Done m_done;
};

} // namespace b24::cli
