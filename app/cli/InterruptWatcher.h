// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace b24::cli {

// Turns SIGINT/SIGTERM into a Qt signal (self-pipe), so Ctrl-C during a clear stops before the next
// request instead of killing the process with a request in flight. A second signal restores the
// default action: the next Ctrl-C ends the process at once.
class InterruptWatcher : public QObject
{
    Q_OBJECT

public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

    [[nodiscard]] bool isActive() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void interrupted();

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace b24::cli
