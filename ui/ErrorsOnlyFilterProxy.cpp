// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorsOnlyFilterProxy.h"

#include "RequestLogModel.h"

namespace b24::ui {

ErrorsOnlyFilterProxy::ErrorsOnlyFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{ }

void ErrorsOnlyFilterProxy::setErrorsOnly(bool errorsOnly)
{
    if (m_errorsOnly == errorsOnly) {
        return;
    }
    m_errorsOnly = errorsOnly;
    invalidateFilter();
}

bool ErrorsOnlyFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_errorsOnly) {
        return true;
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(RequestLogModel::IsErrorRole).toBool();
}

} // namespace b24::ui
