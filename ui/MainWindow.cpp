// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

namespace b24::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Bitrix24 Offline Queue"));
}

} // namespace b24::ui
