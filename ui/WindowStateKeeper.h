// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QHeaderView;
class QMainWindow;
class QSplitter;

namespace b24 {
class AppSettings;
}

namespace b24::ui {

// Puts the window back as the user left it: geometry, docks and toolbars, the overview/table split
// and the records columns (widths, order, sort). Absent or unreadable state gives the default size.
class WindowStateKeeper
{
public:
    WindowStateKeeper(b24::AppSettings *settings, QMainWindow *window, QSplitter *splitter,
                      QHeaderView *recordsHeader);

    void restore();
    void save();

private:
    b24::AppSettings *m_settings;
    QMainWindow *m_window;
    QSplitter *m_splitter;
    QHeaderView *m_recordsHeader;
};

} // namespace b24::ui
