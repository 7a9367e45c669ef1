// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindowActions.h"

#include "LogPanel.h"
#include "MainWindow.h"
#include "QuickFilterField.h"
#include "ThemedIcon.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <QToolButton>

namespace b24::ui {

// Strings are written as MainWindow::tr(): they keep the main window's translation context, where
// the Russian catalogue has them.

namespace {
QAction *make(QWidget *owner, const QString &text, const char *name, const QIcon &icon = {})
{
    auto *action = new QAction(icon, text, owner);
    action->setObjectName(QString::fromLatin1(name));
    return action;
}
} // namespace

MainWindowActions::MainWindowActions(QWidget *owner, bool readOnlyChecked)
    : connect(make(owner, MainWindow::tr("&Connect…"), "actionConnect",
                   themedIcon("network-connect", QStyle::SP_DriveNetIcon))),
      disconnect(make(owner, MainWindow::tr("&Disconnect"), "actionDisconnect")),
      reload(make(owner, MainWindow::tr("&Reload"), "actionReload",
                  themedIcon("view-refresh", QStyle::SP_BrowserReload))),
      cancelLoad(make(owner, MainWindow::tr("S&top loading"), "actionCancelLoad",
                      themedIcon("process-stop", QStyle::SP_BrowserStop))),
      exportSelected(make(owner, MainWindow::tr("Export &selected records…"), "actionExportSelected",
                          themedIcon("document-save", QStyle::SP_DialogSaveButton))),
      exportAll(make(owner, MainWindow::tr("Export &all loaded records…"), "actionExportAll")),
      quit(make(owner, MainWindow::tr("&Quit"), "actionQuit",
                themedIcon("application-exit", QStyle::SP_DialogCloseButton))),
      find(make(owner, MainWindow::tr("&Quick filter"), "actionQuickFilter",
                themedIcon("edit-find", QStyle::SP_FileDialogContentsView))),
      selectAll(make(owner, MainWindow::tr("Select &all in group"), "actionSelectAllInGroup")),
      invert(make(owner, MainWindow::tr("&Invert selection"), "actionInvertSelection")),
      clearSelected(make(owner, MainWindow::tr("&Clear selected by ID…"), "actionClearSelected",
                         themedIcon("edit-delete", QStyle::SP_TrashIcon))),
      clearByMessage(make(owner, MainWindow::tr("Clear selected by &MESSAGE_ID…"), "actionClearByMessageId")),
      clearGroup(make(owner, MainWindow::tr("Clear &entire group…"), "actionClearGroup",
                      themedIcon("edit-clear-all", QStyle::SP_DialogDiscardButton))),
      reserve(make(owner, MainWindow::tr("&Reserve unreserved rows…"), "actionReserve",
                   themedIcon("document-import", QStyle::SP_ArrowDown))),
      markError(make(owner, MainWindow::tr("Mark as &error…"), "actionMarkError",
                     themedIcon("dialog-error", QStyle::SP_MessageBoxCritical))),
      readOnly(make(owner, MainWindow::tr("Read-&only mode"), "actionReadOnly",
                    themedIcon("object-locked", QStyle::SP_DialogNoButton))),
      settings(make(owner, MainWindow::tr("&Preferences…"), "actionPreferences",
                    themedIcon("preferences-system", QStyle::SP_FileDialogDetailedView))),
      about(make(owner, MainWindow::tr("&About"), "actionAbout",
                 themedIcon("help-about", QStyle::SP_MessageBoxInformation)))
{
    connect->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect->setToolTip(MainWindow::tr("Choose or create a connection profile and connect to the portal"));
    disconnect->setToolTip(MainWindow::tr("Forget the current connection and the loaded rows"));
    reload->setShortcut(QKeySequence::Refresh);
    reload->setToolTip(MainWindow::tr("Load the queue again with event.offline.list (read-only) (F5)"));
    cancelLoad->setShortcut(QKeySequence(Qt::Key_Escape));
    cancelLoad->setToolTip(MainWindow::tr("Stop the load; the rows loaded so far stay"));
    exportSelected->setShortcut(QKeySequence::Save);
    quit->setShortcut(QKeySequence::Quit);
    find->setShortcut(QKeySequence::Find);
    find->setToolTip(
        MainWindow::tr("Filter the loaded rows by ID, event, MESSAGE_ID, PROCESS_ID or payload (Ctrl+F)"));
    selectAll->setShortcut(QKeySequence::SelectAll);
    selectAll->setToolTip(MainWindow::tr("Select every row shown for the chosen group"));
    invert->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    clearSelected->setShortcut(QKeySequence::Delete);
    clearByMessage->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    readOnly->setCheckable(true);
    readOnly->setChecked(readOnlyChecked);
    readOnly->setToolTip(MainWindow::tr("Disable every action that changes the queue"));
    settings->setShortcut(QKeySequence::Preferences);

    // Short toolbar labels; the menus keep the full wording.
    clearSelected->setIconText(MainWindow::tr("Clear selected"));
    clearGroup->setIconText(MainWindow::tr("Clear group"));
    reserve->setIconText(MainWindow::tr("Reserve"));
    markError->setIconText(MainWindow::tr("Mark as error"));
    readOnly->setIconText(MainWindow::tr("Read-only"));
    connect->setIconText(MainWindow::tr("Connect"));
}

void MainWindowActions::populateMenuBar(QMenuBar *menuBar, LogPanel *logPanel, QWidget *filterBar) const
{
    QMenu *file = menuBar->addMenu(MainWindow::tr("&File"));
    file->addAction(connect);
    file->addAction(disconnect);
    file->addSeparator();
    file->addAction(exportSelected);
    file->addAction(exportAll);
    file->addSeparator();
    file->addAction(quit);

    QMenu *view = menuBar->addMenu(MainWindow::tr("&View"));
    view->addAction(reload);
    view->addAction(cancelLoad);
    view->addAction(find);
    view->addSeparator();
    QAction *logToggle = logPanel->toggleViewAction();
    logToggle->setObjectName(QStringLiteral("actionToggleLog"));
    logToggle->setText(MainWindow::tr("Request &log"));
    logToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    logToggle->setToolTip(MainWindow::tr("Show every request with its response and explanation (Ctrl+L)"));
    view->addAction(logToggle);
    QAction *filterToggle = view->addAction(MainWindow::tr("&Server filter bar"));
    filterToggle->setObjectName(QStringLiteral("actionToggleFilterBar"));
    filterToggle->setCheckable(true);
    filterToggle->setChecked(true);
    QObject::connect(filterToggle, &QAction::toggled, filterBar, &QWidget::setVisible);

    QMenu *queue = menuBar->addMenu(MainWindow::tr("&Queue"));
    queue->addAction(selectAll);
    queue->addAction(invert);
    queue->addSeparator();
    queue->addAction(clearSelected);
    queue->addAction(clearByMessage);
    queue->addAction(clearGroup);
    queue->addSeparator();
    queue->addAction(reserve);
    queue->addAction(markError);
    queue->addSeparator();
    queue->addAction(readOnly);

    QMenu *settingsMenu = menuBar->addMenu(MainWindow::tr("&Settings"));
    settingsMenu->addAction(settings);

    QMenu *help = menuBar->addMenu(MainWindow::tr("&Help"));
    help->addAction(about);
}

void MainWindowActions::populateToolBar(QToolBar *bar, LogPanel *logPanel,
                                        QuickFilterField *quickFilter) const
{
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    bar->addAction(connect);
    bar->addAction(reload);
    bar->addAction(cancelLoad);
    bar->addSeparator();
    bar->addAction(clearSelected);
    bar->addAction(clearGroup);
    bar->addAction(reserve);
    bar->addAction(markError);
    bar->addSeparator();
    bar->addAction(readOnly);
    QAction *logToggle = logPanel->toggleViewAction();
    logToggle->setIcon(themedIcon("view-list-details", QStyle::SP_FileDialogListView));
    logToggle->setIconText(MainWindow::tr("Log"));
    bar->addAction(logToggle);

    // Icon-only where the tooltip says enough, so the quick filter fits at 1200 px.
    for (QAction *compact : {cancelLoad, logToggle}) {
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(compact))) {
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        }
    }
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    quickFilter->setToolTip(find->toolTip());
    bar->addWidget(quickFilter);
}

void MainWindowActions::applyState(const ActionState &state) const
{
    const bool canChange = state.connected && !state.readOnly && !state.busy;
    connect->setEnabled(!state.busy);
    disconnect->setEnabled(state.connected && !state.busy);
    reload->setEnabled(state.connected && !state.busy);
    cancelLoad->setEnabled(state.loading);
    exportSelected->setEnabled(state.hasSelection);
    exportAll->setEnabled(state.hasRows);
    selectAll->setEnabled(state.hasVisibleRows);
    invert->setEnabled(state.hasVisibleRows);

    const QString why = state.hasSelection
        ? state.selectionProblem
        : MainWindow::tr("Select the records to clear first (nothing is sent for an empty selection).");
    const QString blocked = state.readOnly ? MainWindow::tr("Read-only mode is on.")
        : !state.connected                 ? MainWindow::tr("Not connected.")
        : state.busy                       ? MainWindow::tr("Wait for the running load or action to finish.")
                                           : QString();
    const auto setState
        = [](QAction *action, bool enabled, const QString &enabledTip, const QString &disabledTip) {
              action->setEnabled(enabled);
              action->setToolTip(enabled ? enabledTip : disabledTip);
              action->setStatusTip(action->toolTip());
          };
    const auto &selected = state.selectionGroup;
    setState(
        clearSelected, canChange && selected.has_value(),
        MainWindow::tr("Delete exactly the selected records (event.offline.clear with their IDs) (Delete)"),
        blocked.isEmpty() ? why : blocked);
    setState(clearByMessage, canChange && selected.has_value(),
             MainWindow::tr(
                 "Delete every row of the group that shares a MESSAGE_ID with the selection (Shift+Delete)"),
             blocked.isEmpty() ? why : blocked);
    const auto &chosen = state.chosenGroup;
    setState(clearGroup, canChange && chosen.has_value() && chosen->count > 0,
             MainWindow::tr("Delete every loaded record of the chosen group (asks you to type the count)"),
             blocked.isEmpty()
                 ? MainWindow::tr("Choose a group (not \"All loaded records\") in the overview first.")
                 : blocked);
    setState(reserve, canChange && !state.offlineExtendedMissing,
             MainWindow::tr("Give unreserved rows a process id (event.offline.get clear=0) so they can be "
                            "cleared as a batch"),
             blocked.isEmpty()
                 ? MainWindow::tr("The portal's plan lacks rest_offline_extended, which reserving needs.")
                 : blocked);
    const bool batchSelected = selected && selected->kind == QueueGroup::Kind::Batch;
    setState(markError, canChange && batchSelected,
             MainWindow::tr("Mark the selected rows of this batch as failed (event.offline.error)"),
             blocked.isEmpty()
                 ? (selected ? MainWindow::tr("Only rows of a reserved batch can be marked as error.") : why)
                 : blocked);
}

} // namespace b24::ui
