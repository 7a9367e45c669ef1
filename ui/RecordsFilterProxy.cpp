// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordsFilterProxy.h"

#include "RecordsModel.h"
#include "queue/QueueSnapshot.h"

namespace b24::ui {

RecordsFilterProxy::RecordsFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(RecordsModel::RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void RecordsFilterProxy::setRecordsModel(RecordsModel *model)
{
    m_records = model;
    setSourceModel(model);
}

void RecordsFilterProxy::setGroup(const std::optional<QueueGroup> &group)
{
    m_group = group;
    invalidateFilter();
}

void RecordsFilterProxy::setQuickFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_quickFilter) {
        return;
    }
    m_quickFilter = trimmed;
    invalidateFilter();
}

QList<qint64> RecordsFilterProxy::idsOfRows(const QList<int> &proxyRows) const
{
    QList<qint64> ids;
    ids.reserve(proxyRows.size());
    for (int row : proxyRows) {
        const QModelIndex source = mapToSource(index(row, 0));
        if (source.isValid() && m_records) {
            ids.append(m_records->eventAt(source.row()).id);
        }
    }
    return ids;
}

bool RecordsFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_records || sourceParent.isValid()) {
        return true;
    }
    const OfflineEvent &event = m_records->eventAt(sourceRow);
    if (m_group && !QueueSnapshot::belongsTo(event, *m_group)) {
        return false;
    }
    if (m_quickFilter.isEmpty()) {
        return true;
    }
    const auto matches = [this](const QString &text) {
        return text.contains(m_quickFilter, Qt::CaseInsensitive);
    };
    return matches(QString::number(event.id)) || matches(event.eventName) || matches(event.messageId)
        || matches(event.processId) || matches(QString::fromUtf8(event.eventData));
}

bool RecordsFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_records || left.column() != right.column()) {
        return QSortFilterProxyModel::lessThan(left, right);
    }
    const OfflineEvent &a = m_records->eventAt(left.row());
    const OfflineEvent &b = m_records->eventAt(right.row());
    const auto textLess = [](const QString &x, const QString &y) {
        return QString::compare(x, y, Qt::CaseInsensitive) < 0;
    };
    switch (left.column()) {
    case RecordsModel::IdColumn:
        return a.id < b.id;
    case RecordsModel::TimeColumn:
        return a.timestamp < b.timestamp;
    case RecordsModel::EventNameColumn:
        return textLess(a.eventName, b.eventName);
    case RecordsModel::MessageIdColumn:
        return textLess(a.messageId, b.messageId);
    case RecordsModel::ProcessIdColumn:
        return textLess(a.processId, b.processId);
    case RecordsModel::ErrorColumn:
        return int(a.error) < int(b.error);
    default:
        return QSortFilterProxyModel::lessThan(left, right); // the payload preview
    }
}

} // namespace b24::ui
