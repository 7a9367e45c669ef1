// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxOptions.h"

#include <QMutex>
#include <QString>
#include <QThread>
#include <QUrl>
#include <QWaitCondition>

#include <atomic>
#include <ctime>

namespace b24::sandbox {
class SandboxServer;
}

namespace b24::bench {

// The sandbox portal on its own thread, so its request handling (filtering, JSON encoding of
// 2,500-row batches) never runs on the thread whose event loop or wall time is being measured.
// The server is created, seeded and destroyed on that thread.
class SandboxThread : public QThread
{
    Q_OBJECT

public:
    explicit SandboxThread(QObject *parent = nullptr);
    ~SandboxThread() override;

    // Starts the thread and waits until the portal listens (seeding included). False on error.
    bool launch(const sandbox::SandboxOptions &options, QString *error);
    void shutdown();

    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    [[nodiscard]] QString accessToken() const { return m_token; }
    [[nodiscard]] quint64 requestsServed() const { return m_served.load(); }
    [[nodiscard]] quint64 limitAnswers() const { return m_limited.load(); } // 503 QUERY_LIMIT_EXCEEDED
    // CPU time the portal's thread has used so far: its serving time, which is not ours.
    [[nodiscard]] double cpuSeconds() const;
    // Runs `work` on the portal's thread and waits for it (e.g. to read or arrange the queue).
    void runOnServer(const std::function<void(sandbox::SandboxServer &)> &work);

protected:
    void run() override;

private:
    sandbox::SandboxOptions m_options;
    sandbox::SandboxServer *m_server = nullptr;
    QMutex m_mutex;
    QWaitCondition m_ready;
    bool m_started = false;
    QString m_error;
    QUrl m_baseUrl;
    QString m_token;
    std::atomic<quint64> m_served {0};
    std::atomic<quint64> m_limited {0};
    clockid_t m_cpuClock {};
};

} // namespace b24::bench
