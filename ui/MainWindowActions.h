// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queue/QueueGroup.h"

#include <QString>

#include <optional>

class QAction;
class QMenuBar;
class QToolBar;
class QWidget;

namespace b24::ui {

class LogPanel;
class QuickFilterField;

// What the enabled state of the actions depends on; the window fills it in, the actions decide.
struct ActionState {
    bool connected = false;
    bool readOnly = false;
    bool busy = false; // loading, clearing or another call in flight
    bool loading = false;
    bool hasRows = false; // anything loaded
    bool hasVisibleRows = false; // anything shown in the records table
    bool hasSelection = false;
    std::optional<b24::QueueGroup> selectionGroup; // the one group all selected rows belong to
    QString selectionProblem; // why there is no selectionGroup
    std::optional<b24::QueueGroup> chosenGroup; // chosen in the overview
    bool offlineExtendedMissing = false; // the preflight saw no rest_offline_extended
};

// Every action of the main window with its objectName, icon, shortcut and tooltip, the menus and
// the toolbar that show them, and the rule deciding which are enabled. Kept apart from the window
// so the window reads as behaviour, not as a catalogue of labels. The actions are children of the
// owner widget (tests and shortcuts find them there); the window connects their signals.
struct MainWindowActions {
    MainWindowActions(QWidget *owner, bool readOnlyChecked);

    void populateMenuBar(QMenuBar *menuBar, LogPanel *logPanel, QWidget *filterBar) const;
    void populateToolBar(QToolBar *bar, LogPanel *logPanel, QuickFilterField *quickFilter) const;
    void applyState(const ActionState &state) const; // enables, and says why not in the tooltip

    QAction *connect;
    QAction *disconnect;
    QAction *reload;
    QAction *cancelLoad;
    QAction *exportSelected;
    QAction *exportAll;
    QAction *quit;
    QAction *find;
    QAction *selectAll;
    QAction *invert;
    QAction *clearSelected;
    QAction *clearByMessage;
    QAction *clearGroup;
    QAction *reserve;
    QAction *markError;
    QAction *readOnly;
    QAction *settings;
    QAction *about;
};

} // namespace b24::ui
