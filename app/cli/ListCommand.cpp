// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListCommand.h"

#include "Console.h"
#include "EventTable.h"
#include "RowLoad.h"
#include "queue/RecordExporter.h"

#include <QBuffer>

namespace b24::cli {

ListCommand::ListCommand(Mode mode, const CommandContext &context, QObject *parent)
    : Command(context, parent), m_mode(mode)
{ }

void ListCommand::start()
{
    const ListFilter filter = options().effectiveFilter();
    m_load = new RowLoad(m_context.client, m_context.console, this);
    // In ID order the first N rows loaded are the answer; stop there (one extra tells "more").
    if (options().limit && options().order.isIdAscending()) {
        m_load->setStopAfter(qint64(*options().limit) + 1);
    }
    m_load->start(filter, [this](const QueueLoader::Report &report) {
        if (!RowLoad::succeeded(report, m_load->stoppedEarly())) {
            failWith(report.failure);
            return;
        }
        QList<OfflineEvent> rows = m_load->snapshot().events();
        EventTable::sort(rows, options().order);
        const qint64 loaded = rows.size();
        const bool more = options().limit && rows.size() > *options().limit;
        if (more) {
            rows.resize(*options().limit);
        }
        if (m_mode == Mode::List) {
            printList(rows, m_load->stoppedEarly() ? report.totalAtStart : loaded, more);
        } else {
            writeExport(rows);
        }
    });
}

void ListCommand::printList(const QList<OfflineEvent> &rows, qint64 matching, bool more)
{
    if (json()) {
        m_context.console->outJson({{QStringLiteral("ok"), true},
                                    {QStringLiteral("portal"), portalName()},
                                    {QStringLiteral("connector"), m_context.connector},
                                    {QStringLiteral("count"), qint64(rows.size())},
                                    {QStringLiteral("truncated"), more},
                                    {QStringLiteral("rows"), EventTable::toJson(rows)}});
        finish(ExitCode::Success);
        return;
    }
    m_context.console->out(EventTable::render(rows));
    if (more) {
        const QString shown = matching > rows.size() ? tr("%1 of %2").arg(rows.size()).arg(matching)
                                                     : QString::number(rows.size());
        m_context.console->err(tr("Showing %1 rows; use --limit N (0 = all) to see more.\n").arg(shown));
    } else {
        m_context.console->err(tr("%n row(s).\n", nullptr, int(rows.size())));
    }
    finish(ExitCode::Success);
}

void ListCommand::writeExport(const QList<OfflineEvent> &rows)
{
    const QString path = options().outputPath;
    RecordExporter::Format format = RecordExporter::Format::JsonLines;
    if (options().format) {
        format = *options().format;
    } else if (!path.isEmpty()) {
        format = RecordExporter::formatForPath(path);
    }
    QString error;
    if (!path.isEmpty()) {
        if (!RecordExporter::writeFile(path, rows, format, &error)) {
            failWith(ExitCode::Error, tr("Cannot write %1: %2").arg(path, error));
            return;
        }
        m_context.console->err(tr("Wrote %n row(s) to %1.\n", nullptr, int(rows.size())).arg(path));
        finish(ExitCode::Success);
        return;
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!RecordExporter::write(&buffer, rows, format, &error)) {
        failWith(ExitCode::Error, tr("Cannot export: %1").arg(error));
        return;
    }
    m_context.console->outBytes(buffer.data());
    finish(ExitCode::Success);
}

} // namespace b24::cli
