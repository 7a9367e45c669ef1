// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queue/ClearReport.h"

#include <QDialog>

namespace b24::ui {

// What a clear verifiably did: cleared N of M, still present K with their IDs and why, and any
// call whose outcome is unknown, said as such.
class ClearReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ClearReportDialog(const b24::ClearReport &report, QWidget *parent = nullptr);

    [[nodiscard]] const b24::ClearReport &report() const { return m_report; }
    static QString headline(const b24::ClearReport &report);

private:
    b24::ClearReport m_report;
};

} // namespace b24::ui
