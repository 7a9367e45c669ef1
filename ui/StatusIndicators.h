// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

class QLabel;
class QStatusBar;
class QString;
class QWidget;

namespace b24::ui {

class QueueOverviewModel;

// The permanent widgets of the main window's status bar, left to right: connection, rate-limit
// wait, totals of the loaded queue, load progress and its stop button, and the READ-ONLY marker.
// Transient messages still go through QStatusBar::showMessage().
class StatusIndicators
{
public:
    StatusIndicators(QStatusBar *bar, QWidget *loadProgress, QWidget *cancelLoadButton, bool readOnly);

    [[nodiscard]] QLabel *connectionLabel() const { return m_connection; }
    void setReadOnly(bool readOnly);
    void showWaiting(int ms, const QString &reason); // hides itself again
    // Counts of the overview's groups; "shown" only when the table filters some rows out.
    void showTotals(const QueueOverviewModel &overview, qint64 loadedRows, int shownRows, int modelRows);

private:
    QLabel *m_connection;
    QLabel *m_wait;
    QLabel *m_totals;
    QLabel *m_readOnly;
};

} // namespace b24::ui
