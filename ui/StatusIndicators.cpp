// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusIndicators.h"

#include "MainWindow.h"
#include "QueueOverviewModel.h"

#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>

namespace b24::ui {

// Texts are written as MainWindow::tr(): the Russian catalogue has them in that context.

StatusIndicators::StatusIndicators(QStatusBar *bar, QWidget *loadProgress, QWidget *cancelLoadButton,
                                   bool readOnly)
    : m_connection(new QLabel(MainWindow::tr("Not connected"), bar)),
      m_wait(new QLabel(bar)),
      m_totals(new QLabel(bar)),
      m_readOnly(new QLabel(MainWindow::tr("READ-ONLY"), bar))
{
    bar->setObjectName(QStringLiteral("statusBar"));
    m_connection->setObjectName(QStringLiteral("connectionLabel"));
    m_totals->setObjectName(QStringLiteral("totalsLabel"));
    m_readOnly->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnly->setStyleSheet(QStringLiteral("color: #8a5a00; font-weight: bold;"));
    m_readOnly->setToolTip(MainWindow::tr("Clearing, reserving and marking as error are disabled"));
    m_wait->setObjectName(QStringLiteral("waitLabel"));
    m_wait->hide();
    bar->addPermanentWidget(m_connection);
    bar->addPermanentWidget(m_wait);
    bar->addPermanentWidget(m_totals);
    bar->addPermanentWidget(loadProgress);
    bar->addPermanentWidget(cancelLoadButton);
    bar->addPermanentWidget(m_readOnly);
    m_readOnly->setVisible(readOnly);
}

void StatusIndicators::setReadOnly(bool readOnly)
{
    m_readOnly->setVisible(readOnly);
}

void StatusIndicators::showWaiting(int ms, const QString &reason)
{
    m_wait->setText(MainWindow::tr("Waiting %1 s: %2").arg(QString::number(ms / 1000.0, 'f', 1), reason));
    m_wait->setVisible(true);
    // Short waits would only flicker; keep the note up long enough to be read.
    QLabel *wait = m_wait;
    QTimer::singleShot(std::max(ms, 1500), wait, [wait] { wait->setVisible(false); });
}

void StatusIndicators::showTotals(const QueueOverviewModel &overview, qint64 loadedRows, int shownRows,
                                  int modelRows)
{
    const QLocale locale;
    qint64 unreserved = 0;
    qint64 errors = 0;
    int batches = 0;
    for (const QueueGroup &group : overview.groups()) {
        switch (group.kind) {
        case QueueGroup::Kind::Unreserved:
            unreserved = group.count;
            break;
        case QueueGroup::Kind::Errors:
            errors = group.count;
            break;
        case QueueGroup::Kind::Batch:
            ++batches;
            break;
        }
    }
    QString text
        = MainWindow::tr("%1 records · %2 unreserved · %3 errors · %n batch(es)", nullptr, batches)
              .arg(locale.toString(loadedRows), locale.toString(unreserved), locale.toString(errors));
    const int stuck = overview.stuckCount();
    if (stuck > 0) {
        text += MainWindow::tr(" · <b style='color:#a05000'>%n stuck</b>", nullptr, stuck);
    }
    if (shownRows != modelRows) {
        text += MainWindow::tr(" · %1 shown").arg(locale.toString(shownRows));
    }
    m_totals->setText(text);
}

} // namespace b24::ui
