// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queue/ListFilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace b24::ui {

// The server-side filter: event name, ID range, time range and error flag, sent as
// event.offline.list filters on the next load. Invalid input is named next to the fields and
// keeps "Apply" disabled.
class ServerFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit ServerFilterBar(QWidget *parent = nullptr);

    [[nodiscard]] b24::ListFilter filter() const;
    void setFilter(const b24::ListFilter &filter);
    // Why filter() cannot be sent, or empty.
    [[nodiscard]] QString validationError() const;

Q_SIGNALS:
    // The admin asked to reload with filter() (only emitted when it is valid).
    void applyRequested();

private:
    void updateState();

    QLineEdit *m_eventName;
    QLineEdit *m_idFrom;
    QLineEdit *m_idTo;
    QCheckBox *m_useTimeFrom;
    QDateTimeEdit *m_timeFrom;
    QCheckBox *m_useTimeTo;
    QDateTimeEdit *m_timeTo;
    QComboBox *m_error;
    QPushButton *m_apply;
    QPushButton *m_reset;
    QLabel *m_message;
};

} // namespace b24::ui
