// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordsModel.h"

#include <QApplication>
#include <QBrush>
#include <QDateTime>
#include <QFont>
#include <QPalette>
#include <QSet>
#include <QStyle>

namespace b24::ui {

namespace {
constexpr int PreviewLength = 160;
constexpr int TooltipLength = 2000;
} // namespace

RecordsModel::RecordsModel(QObject *parent) : QAbstractTableModel(parent)
{ }

int RecordsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int RecordsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecordsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const OfflineEvent &event = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(event, index.column());
    case RawValueRole:
        return rawValue(event, index.column());
    case EventIdRole:
        return event.id;
    case GroupKeyRole:
        return groupKeyOf(event);
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return tr("TIMESTAMP_X as sent by the portal: %1").arg(event.timestampText);
        case MessageIdColumn:
            return tr("MESSAGE_ID %1").arg(event.messageId);
        case ProcessIdColumn:
            return event.isReserved()
                ? tr("Reserved by batch %1 (event.offline.get clear=0)").arg(event.processId)
                : tr("Unreserved: not handed to any consumer yet");
        case ErrorColumn:
            return event.error ? tr("Marked as failed with event.offline.error") : QVariant();
        case PayloadColumn: {
            const QString text = QString::fromUtf8(event.eventData);
            return text.size() > TooltipLength ? text.left(TooltipLength) + QStringLiteral("…") : text;
        }
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == ErrorColumn && event.error) {
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        }
        return {};
    case Qt::ForegroundRole:
        if (event.error) {
            return QBrush(QColor(0xb0, 0x20, 0x20));
        }
        if (index.column() == ProcessIdColumn && !event.isReserved()) {
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::FontRole:
        if (index.column() == MessageIdColumn || index.column() == ProcessIdColumn
            || index.column() == PayloadColumn) {
            QFont font = QApplication::font();
            font.setFamily(QStringLiteral("monospace"));
            font.setStyleHint(QFont::Monospace);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant RecordsModel::displayValue(const OfflineEvent &event, int column) const
{
    switch (column) {
    case IdColumn:
        return event.id;
    case TimeColumn:
        return QDateTime::fromSecsSinceEpoch(event.timestamp)
            .toLocalTime()
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case EventNameColumn:
        return event.eventName;
    case MessageIdColumn:
        return event.messageId;
    case ProcessIdColumn:
        return event.isReserved() ? event.processId : tr("(unreserved)");
    case ErrorColumn:
        return event.error ? tr("error") : QString();
    case PayloadColumn:
        return payloadPreview(event);
    default:
        return {};
    }
}

QVariant RecordsModel::rawValue(const OfflineEvent &event, int column) const
{
    switch (column) {
    case IdColumn:
        return event.id;
    case TimeColumn:
        return event.timestamp;
    case EventNameColumn:
        return event.eventName;
    case MessageIdColumn:
        return event.messageId;
    case ProcessIdColumn:
        return event.processId;
    case ErrorColumn:
        return event.error ? 1 : 0;
    case PayloadColumn:
        return payloadPreview(event);
    default:
        return {};
    }
}

QVariant RecordsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case IdColumn:
            return tr("ID");
        case TimeColumn:
            return tr("Time");
        case EventNameColumn:
            return tr("Event");
        case MessageIdColumn:
            return tr("MESSAGE_ID");
        case ProcessIdColumn:
            return tr("PROCESS_ID");
        case ErrorColumn:
            return tr("Error");
        case PayloadColumn:
            return tr("Payload");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case IdColumn:
            return tr("Row ID in the portal's offline queue");
        case TimeColumn:
            return tr("TIMESTAMP_X in local time: when the event was queued or last merged");
        case EventNameColumn:
            return tr("EVENT_NAME, e.g. ONCRMDEALUPDATE");
        case MessageIdColumn:
            return tr("MESSAGE_ID: md5 of the event name and data; copies of one event share it");
        case ProcessIdColumn:
            return tr("PROCESS_ID of the batch that reserved the row; empty when unreserved");
        case ErrorColumn:
            return tr("ERROR=1: the consumer marked the row as failed");
        case PayloadColumn:
            return tr("EVENT_DATA, compact; select a row to see it as a tree");
        default:
            return {};
        }
    }
    return {};
}

void RecordsModel::reserve(qsizetype rows)
{
    m_events.reserve(rows);
    m_rowById.reserve(rows);
}

int RecordsModel::appendRows(const QList<OfflineEvent> &rows)
{
    QList<OfflineEvent> fresh;
    fresh.reserve(rows.size());
    QSet<qint64> seenInPage;
    for (const OfflineEvent &event : rows) {
        if (!m_rowById.contains(event.id) && !seenInPage.contains(event.id)) {
            seenInPage.insert(event.id);
            fresh.append(event);
        }
    }
    if (fresh.isEmpty()) {
        return 0;
    }
    const int first = int(m_events.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const OfflineEvent &event : std::as_const(fresh)) {
        m_rowById.insert(event.id, m_events.size());
        m_events.append(event);
    }
    endInsertRows();
    return int(fresh.size());
}

void RecordsModel::removeIds(const QList<qint64> &ids)
{
    // Remove contiguous runs from the end so earlier row numbers stay valid while removing.
    QList<int> rows;
    rows.reserve(ids.size());
    for (qint64 id : ids) {
        const auto it = m_rowById.constFind(id);
        if (it != m_rowById.constEnd()) {
            rows.append(int(*it));
        }
    }
    if (rows.isEmpty()) {
        return;
    }
    std::sort(rows.begin(), rows.end());
    int end = int(rows.size()) - 1;
    while (end >= 0) {
        int start = end;
        while (start > 0 && rows.at(start - 1) == rows.at(start) - 1) {
            --start;
        }
        const int firstRow = rows.at(start);
        const int lastRow = rows.at(end);
        beginRemoveRows({}, firstRow, lastRow);
        m_events.remove(firstRow, lastRow - firstRow + 1);
        endRemoveRows();
        end = start - 1;
    }
    rebuildIndex();
}

void RecordsModel::clear()
{
    if (m_events.isEmpty()) {
        return;
    }
    beginResetModel();
    m_events.clear();
    m_rowById.clear();
    endResetModel();
}

const OfflineEvent *RecordsModel::eventById(qint64 id) const
{
    const auto it = m_rowById.constFind(id);
    return it == m_rowById.constEnd() ? nullptr : &m_events.at(*it);
}

QString RecordsModel::groupKeyOf(const OfflineEvent &event)
{
    if (event.isReserved()) {
        return QStringLiteral("batch:") + event.processId;
    }
    return event.error ? QStringLiteral("errors") : QStringLiteral("unreserved");
}

QString RecordsModel::payloadPreview(const OfflineEvent &event)
{
    const QByteArray head = event.eventData.left(PreviewLength * 4);
    QString text = QString::fromUtf8(head);
    if (text.size() > PreviewLength || head.size() < event.eventData.size()) {
        text = text.left(PreviewLength) + QStringLiteral("…");
    }
    return text;
}

void RecordsModel::rebuildIndex()
{
    m_rowById.clear();
    m_rowById.reserve(m_events.size());
    for (qsizetype row = 0; row < m_events.size(); ++row) {
        m_rowById.insert(m_events.at(row).id, row);
    }
}

} // namespace b24::ui
