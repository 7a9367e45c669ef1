// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordExportFlow.h"

#include "MainWindow.h"
#include "MessageBanner.h"
#include "queue/RecordExporter.h"

#include <QFileDialog>
#include <QStandardPaths>
#include <QStatusBar>

namespace b24::ui {

// Messages are written as MainWindow::tr(): the Russian catalogue has them in that context.

RecordExportFlow::RecordExportFlow(MessageBanner *banner, QMainWindow *window)
    : QObject(window), m_banner(banner), m_window(window)
{ }

void RecordExportFlow::exportEvents(const QList<OfflineEvent> &events, bool selectedOnly)
{
    if (events.isEmpty()) {
        m_window->statusBar()->showMessage(MainWindow::tr("Nothing to export."), 5000);
        return;
    }
    auto *chooser = new QFileDialog(m_window,
                                    selectedOnly ? MainWindow::tr("Export selected records")
                                                 : MainWindow::tr("Export loaded records"));
    chooser->setObjectName(QStringLiteral("exportChooser"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setAcceptMode(QFileDialog::AcceptSave);
    chooser->setNameFilters({MainWindow::tr("JSON (*.json)"), MainWindow::tr("JSON lines (*.jsonl)"),
                             MainWindow::tr("CSV (*.csv)")});
    chooser->setDefaultSuffix(QStringLiteral("json"));
    chooser->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    connect(chooser, &QFileDialog::fileSelected, this, [this, events](const QString &path) {
        QString error;
        if (RecordExporter::writeFile(path, events, RecordExporter::formatForPath(path), &error)) {
            m_window->statusBar()->showMessage(
                MainWindow::tr("Exported %n record(s) to %1", nullptr, int(events.size())).arg(path), 8000);
        } else {
            m_banner->showMessage(ErrorSeverity::Error, MainWindow::tr("Export failed"),
                                  error.toHtmlEscaped());
        }
    });
    chooser->open();
}

} // namespace b24::ui
