// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestLogModel.h"

#include "RequestOutcome.h"

#include <QLocale>

namespace b24::ui {

RequestLogModel::RequestLogModel(QObject *parent) : QAbstractTableModel(parent)
{ }

void RequestLogModel::addEntry(const b24::RequestLogEntry &entry)
{
    trimToFit(1, entry.responseBody.size());
    const int row = static_cast<int>(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.push_back(entry);
    m_errorCount += RequestOutcome::isError(entry) ? 1 : 0;
    m_totalBytes += entry.responseBody.size();
    endInsertRows();
}

void RequestLogModel::trimToFit(int incomingEntries, qint64 incomingBytes)
{
    // Response bodies dominate the memory: up to 1 MiB each, so the count alone is not a bound.
    int count = 0;
    qint64 bytes = m_totalBytes;
    const int size = static_cast<int>(m_entries.size());
    while (count < size
           && (size - count + incomingEntries > m_maxEntries || bytes + incomingBytes > m_maxBytes)) {
        bytes -= m_entries.at(static_cast<size_t>(count)).responseBody.size();
        ++count;
    }
    dropOldest(count);
}

void RequestLogModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_errorCount = 0;
    m_totalBytes = 0;
    m_droppedCount = 0;
    endResetModel();
}

void RequestLogModel::setMaxEntries(int maxEntries)
{
    m_maxEntries = qMax(1, maxEntries);
    trimToFit(0, 0);
}

void RequestLogModel::setMaxBytes(qint64 maxBytes)
{
    m_maxBytes = qMax<qint64>(0, maxBytes);
    trimToFit(0, 0);
}

void RequestLogModel::dropOldest(int count)
{
    if (count <= 0) {
        return;
    }
    beginRemoveRows({}, 0, count - 1);
    m_droppedCount += count;
    for (int i = 0; i < count; ++i) {
        const auto &dropped = m_entries.at(static_cast<size_t>(i));
        m_errorCount -= RequestOutcome::isError(dropped) ? 1 : 0;
        m_totalBytes -= dropped.responseBody.size();
    }
    m_entries.erase(m_entries.begin(), m_entries.begin() + count);
    endRemoveRows();
}

const b24::RequestLogEntry &RequestLogModel::entry(int row) const
{
    return m_entries.at(static_cast<size_t>(row));
}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RequestLogModel::formatDuration(qint64 ms)
{
    if (ms < 1000) {
        return tr("%1 ms").arg(ms);
    }
    return tr("%1 s").arg(QLocale().toString(static_cast<double>(ms) / 1000.0, 'f', 1));
}

QVariant RequestLogModel::displayData(const b24::RequestLogEntry &entry, int column) const
{
    switch (column) {
    case TimeColumn:
        return entry.startedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    case MethodColumn:
        return entry.method; // retries show in the outcome column
    case HttpStatusColumn:
        return entry.httpStatus > 0 ? QString::number(entry.httpStatus) : tr("—");
    case DurationColumn:
        return formatDuration(entry.durationMs);
    case RecordsColumn:
        return entry.recordCount >= 0 ? QLocale().toString(entry.recordCount) : QString();
    case OutcomeColumn:
        return RequestOutcome::describe(entry);
    default:
        return {};
    }
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto &logEntry = m_entries.at(static_cast<size_t>(index.row()));
    const auto kind = RequestOutcome::classify(logEntry);
    switch (role) {
    case Qt::DisplayRole:
        return displayData(logEntry, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn) {
            return QLocale().toString(logEntry.startedAt.toLocalTime(), QLocale::LongFormat);
        }
        if (index.column() == OutcomeColumn && !logEntry.explanation.isEmpty()) {
            return logEntry.explanation.title;
        }
        return RequestOutcome::label(kind);
    case Qt::DecorationRole:
        return index.column() == OutcomeColumn ? QVariant(RequestOutcome::icon(kind)) : QVariant();
    case Qt::ForegroundRole:
        return index.column() == OutcomeColumn ? QVariant(RequestOutcome::color(kind)) : QVariant();
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case HttpStatusColumn:
        case DurationColumn:
        case RecordsColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case Qt::AccessibleTextRole:
        return index.column() == OutcomeColumn
            ? tr("%1, %2").arg(RequestOutcome::label(kind), RequestOutcome::describe(logEntry))
            : displayData(logEntry, index.column());
    case OutcomeRole:
        return static_cast<int>(kind);
    case IsErrorRole:
        return RequestOutcome::isError(logEntry);
    case EntryIdRole:
        return logEntry.id;
    default:
        return {};
    }
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case HttpStatusColumn:
        return tr("HTTP");
    case DurationColumn:
        return tr("Duration");
    case RecordsColumn:
        return tr("Records");
    case OutcomeColumn:
        return tr("Outcome");
    default:
        return {};
    }
}

} // namespace b24::ui
