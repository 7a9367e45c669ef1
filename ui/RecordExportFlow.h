// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queue/OfflineEvent.h"

#include <QObject>

class QMainWindow;

namespace b24::ui {

class MessageBanner;

// File > Export: asks for a file (JSON, JSON lines or CSV, chosen by the extension) in a non-modal
// chooser and writes the records through RecordExporter, which never writes credentials.
class RecordExportFlow : public QObject
{
    Q_OBJECT

public:
    RecordExportFlow(MessageBanner *banner, QMainWindow *window);

    void exportEvents(const QList<b24::OfflineEvent> &events, bool selectedOnly);

private:
    MessageBanner *m_banner;
    QMainWindow *m_window; // parent of the chooser, owner of the status bar
};

} // namespace b24::ui
