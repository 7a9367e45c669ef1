// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace b24::ui {

// Hides successful requests when "show errors only" is on; passes everything through otherwise.
// Works on any source model that answers RequestLogModel::IsErrorRole.
class ErrorsOnlyFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ErrorsOnlyFilterProxy(QObject *parent = nullptr);

    void setErrorsOnly(bool errorsOnly);
    [[nodiscard]] bool errorsOnly() const { return m_errorsOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_errorsOnly = false;
};

} // namespace b24::ui
