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

} // namespace b24::ui
