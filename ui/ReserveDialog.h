// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queue/ListFilter.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QSpinBox;

namespace b24::ui {

// Confirms event.offline.get clear=0: which unreserved rows get a new process_id (limit and the
// event name / ID part of the server filter), and what that means for the production consumer.
class ReserveDialog : public QDialog
{
    Q_OBJECT

public:
    ReserveDialog(const QString &portal, const b24::ListFilter &filter, qint64 unreservedLoaded,
                  QWidget *parent = nullptr);

    [[nodiscard]] int limit() const;
    void setLimit(int limit);
    [[nodiscard]] b24::ListFilter filter() const { return m_filter; }
    [[nodiscard]] QPushButton *confirmButton() const { return m_confirm; }

    // Only equality on EVENT_NAME and ID bounds survive get's marking path (the server rejects
    // arrays, LIKE and probably time values there), so the rest of the list filter is dropped.
    static b24::ListFilter reservableFilter(const b24::ListFilter &filter);

private:
    void updateState();

    b24::ListFilter m_filter;
    QSpinBox *m_limit;
    QLabel *m_problem;
    QPushButton *m_confirm;
};

} // namespace b24::ui
