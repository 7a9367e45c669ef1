// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestLogModel.h"

#include "RequestOutcome.h"

#include <QLocale>

namespace b24::ui {

RequestLogModel::RequestLogModel(QObject *parent) : QAbstractTableModel(parent)
{ }

void RequestLogModel::addEntry(const b24::RequestLogEntry &entry)
{
    if (static_cast<int>(m_entries.size()) >= m_maxEntries) {
        dropOldest(static_cast<int>(m_entries.size()) - m_maxEntries + 1);
    }
    const int row = static_cast<int>(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.push_back(entry);
    m_errorCount += RequestOutcome::isError(entry) ? 1 : 0;
    endInsertRows();
}

void RequestLogModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_errorCount = 0;
    endResetModel();
}

void RequestLogModel::setMaxEntries(int maxEntries)
{
    m_maxEntries = qMax(1, maxEntries);
    const int excess = static_cast<int>(m_entries.size()) - m_maxEntries;
    if (excess > 0) {
        dropOldest(excess);
    }
}

void RequestLogModel::dropOldest(int count)
{
    if (count <= 0) {
        return;
    }
    beginRemoveRows({}, 0, count - 1);
    for (int i = 0; i < count; ++i) {
        m_errorCount -= RequestOutcome::isError(m_entries.at(static_cast<size_t>(i))) ? 1 : 0;
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
