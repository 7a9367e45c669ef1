// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueueOverviewModel.h"

#include <QApplication>
#include <QBrush>
#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QStyle>

namespace b24::ui {

namespace {
QString formatTime(qint64 secs)
{
    if (secs <= 0) {
        return {};
    }
    return QDateTime::fromSecsSinceEpoch(secs).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

const QColor StuckBackground(0xff, 0xe8, 0xb0);
const QColor StuckForeground(0x80, 0x40, 0x00);
} // namespace

QueueOverviewModel::QueueOverviewModel(QObject *parent) : QAbstractTableModel(parent)
{ }

int QueueOverviewModel::rowCount(const QModelIndex &parent) const
{
    // Row 0 ("All loaded records") exists only once something is loaded.
    if (parent.isValid() || (m_groups.isEmpty() && m_totalRows == 0)) {
        return 0;
    }
    return int(m_groups.size()) + 1;
}

int QueueOverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueOverviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    if (index.row() == 0) {
        return allRowData(index.column(), role);
    }
    return groupData(m_groups.at(index.row() - 1), index.column(), role);
}

QVariant QueueOverviewModel::allRowData(int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == GroupColumn) {
            return tr("All loaded records");
        }
        if (column == CountColumn) {
            return QLocale().toString(m_totalRows);
        }
        return {};
    case RawValueRole:
        return column == CountColumn ? QVariant(m_totalRows) : QVariant();
    case GroupKeyRole:
        return QString();
    case StuckRole:
        return false;
    case Qt::DecorationRole:
        return column == GroupColumn ? QApplication::style()->standardIcon(QStyle::SP_DirHomeIcon)
                                     : QVariant();
    case Qt::FontRole: {
        QFont font = QApplication::font();
        font.setBold(true);
        return font;
    }
    case Qt::ToolTipRole:
        return tr("Every row of the last load, whatever its group");
    case Qt::TextAlignmentRole:
        return column == CountColumn ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant QueueOverviewModel::groupData(const QueueGroup &group, int column, int role) const
{
    const qint64 age = group.oldest > 0 ? std::max<qint64>(0, m_now - group.oldest) : 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case GroupColumn:
            return group.displayName();
        case CountColumn:
            return QLocale().toString(group.count);
        case ErrorsColumn:
            return group.errorCount > 0 ? QLocale().toString(group.errorCount) : QString();
        case OldestColumn:
            return formatTime(group.oldest);
        case NewestColumn:
            return formatTime(group.newest);
        case AgeColumn:
            return group.oldest > 0 ? formatAge(age) : QString();
        case StateColumn:
            if (group.stuck) {
                return tr("stuck");
            }
            switch (group.kind) {
            case QueueGroup::Kind::Unreserved:
                return tr("waiting");
            case QueueGroup::Kind::Errors:
                return tr("failed");
            case QueueGroup::Kind::Batch:
                return tr("reserved");
            }
            return {};
        default:
            return {};
        }
    case RawValueRole:
        switch (column) {
        case GroupColumn:
            return group.key();
        case CountColumn:
            return group.count;
        case ErrorsColumn:
            return group.errorCount;
        case OldestColumn:
            return group.oldest;
        case NewestColumn:
            return group.newest;
        case AgeColumn:
            return age;
        case StateColumn:
            return group.stuck;
        default:
            return {};
        }
    case GroupKeyRole:
        return group.key();
    case StuckRole:
        return group.stuck;
    case Qt::DecorationRole:
        if (column == GroupColumn) {
            QStyle *style = QApplication::style();
            switch (group.kind) {
            case QueueGroup::Kind::Unreserved:
                return style->standardIcon(QStyle::SP_FileIcon);
            case QueueGroup::Kind::Errors:
                return style->standardIcon(QStyle::SP_MessageBoxCritical);
            case QueueGroup::Kind::Batch:
                return style->standardIcon(group.stuck ? QStyle::SP_MessageBoxWarning : QStyle::SP_DirIcon);
            }
        }
        return {};
    case Qt::BackgroundRole:
        return group.stuck ? QVariant(QBrush(StuckBackground)) : QVariant();
    case Qt::ForegroundRole:
        return group.stuck ? QVariant(QBrush(StuckForeground)) : QVariant();
    case Qt::TextAlignmentRole:
        if (column == CountColumn || column == ErrorsColumn || column == AgeColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::ToolTipRole:
        switch (group.kind) {
        case QueueGroup::Kind::Unreserved:
            return tr("Rows no consumer has taken yet (empty PROCESS_ID). Clearing them sends "
                      "process_id=\"\" with their IDs.");
        case QueueGroup::Kind::Errors:
            return tr("Rows marked as failed (ERROR=1) and released from their batch. They never "
                      "expire on their own.");
        case QueueGroup::Kind::Batch:
            if (group.stuck) {
                return tr("Batch %1 was reserved and its oldest row is %2 old, more than the stuck "
                          "threshold of %3: its consumer probably never cleared it. The portal only "
                          "deletes reserved rows after about 34 days.")
                    .arg(group.processId, formatAge(age), formatAge(m_stuckAfter));
            }
            return tr("Batch %1: rows reserved by a consumer with event.offline.get clear=0")
                .arg(group.processId);
        }
        return {};
    default:
        return {};
    }
}

QVariant QueueOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case GroupColumn:
        return tr("Group");
    case CountColumn:
        return tr("Records");
    case ErrorsColumn:
        return tr("Errors");
    case OldestColumn:
        return tr("Oldest");
    case NewestColumn:
        return tr("Newest");
    case AgeColumn:
        return tr("Age");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

void QueueOverviewModel::setGroups(const QList<QueueGroup> &groups, qint64 totalRows, qint64 nowSecs,
                                   qint64 stuckAfterSeconds)
{
    m_now = nowSecs;
    m_stuckAfter = stuckAfterSeconds;
    bool sameKeys = groups.size() == m_groups.size() && rowCount() > 0;
    for (qsizetype i = 0; sameKeys && i < groups.size(); ++i) {
        sameKeys = groups.at(i).key() == m_groups.at(i).key();
    }
    if (sameKeys) {
        m_groups = groups;
        m_totalRows = totalRows;
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_groups = groups;
    m_totalRows = totalRows;
    endResetModel();
}

void QueueOverviewModel::clear()
{
    beginResetModel();
    m_groups.clear();
    m_totalRows = 0;
    endResetModel();
}

std::optional<QueueGroup> QueueOverviewModel::groupAt(int row) const
{
    if (row <= 0 || row > m_groups.size()) {
        return std::nullopt;
    }
    return m_groups.at(row - 1);
}

int QueueOverviewModel::rowOfKey(const QString &key) const
{
    if (key.isEmpty()) {
        return rowCount() > 0 ? 0 : -1;
    }
    for (qsizetype i = 0; i < m_groups.size(); ++i) {
        if (m_groups.at(i).key() == key) {
            return int(i) + 1;
        }
    }
    return -1;
}

int QueueOverviewModel::stuckCount() const
{
    return int(
        std::count_if(m_groups.cbegin(), m_groups.cend(), [](const QueueGroup &g) { return g.stuck; }));
}

QString QueueOverviewModel::formatAge(qint64 seconds)
{
    if (seconds < 60) {
        return tr("%n s", nullptr, int(seconds));
    }
    if (seconds < 3600) {
        return tr("%n min", nullptr, int(seconds / 60));
    }
    if (seconds < 86400) {
        const int hours = int(seconds / 3600);
        const int minutes = int((seconds % 3600) / 60);
        return minutes > 0 ? tr("%1 h %2 min").arg(hours).arg(minutes) : tr("%n h", nullptr, hours);
    }
    const int days = int(seconds / 86400);
    const int hours = int((seconds % 86400) / 3600);
    return hours > 0 ? tr("%1 d %2 h").arg(days).arg(hours) : tr("%n d", nullptr, days);
}

} // namespace b24::ui
