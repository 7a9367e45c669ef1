// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowLoad.h"

#include "Console.h"

namespace b24::cli {

RowLoad::RowLoad(RestClient *client, Console *console, QObject *parent)
    : QObject(parent), m_loader(new QueueLoader(client, this)), m_console(console)
{
    connect(m_loader, &QueueLoader::rowsLoaded, this, [this](const QList<OfflineEvent> &rows) {
        m_snapshot.append(rows);
        if (m_stopAfter && m_snapshot.size() >= *m_stopAfter && !m_stoppedEarly) {
            m_stoppedEarly = true;
            m_loader->cancel();
        }
    });
    connect(m_loader, &QueueLoader::progress, this, [this](qint64 loaded, qint64 total) {
        m_console->progress(total >= 0 ? tr("Loading rows: %1 of %2").arg(loaded).arg(total)
                                       : tr("Loading rows: %1").arg(loaded));
    });
    connect(m_loader, &QueueLoader::finished, this, [this](const QueueLoader::Report &report) {
        m_console->endProgress();
        if (m_done) {
            const Done done = m_done;
            m_done = nullptr;
            done(report);
        }
    });
}

void RowLoad::start(const ListFilter &filter, const Done &done)
{
    m_done = done;
    m_snapshot.clear();
    m_stoppedEarly = false;
    m_loader->start(filter);
}

bool RowLoad::succeeded(const QueueLoader::Report &report, bool stoppedEarly)
{
    return report.completed || (stoppedEarly && report.cancelled);
}

} // namespace b24::cli
