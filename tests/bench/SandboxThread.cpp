// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxThread.h"

#include "SandboxServer.h"

#include <QMetaObject>

#include <pthread.h>

namespace b24::bench {

SandboxThread::SandboxThread(QObject *parent) : QThread(parent)
{ }

SandboxThread::~SandboxThread()
{
    shutdown();
}

bool SandboxThread::launch(const sandbox::SandboxOptions &options, QString *error)
{
    m_options = options;
    QMutexLocker lock(&m_mutex);
    m_started = false;
    start();
    while (!m_started)
        m_ready.wait(&m_mutex);
    if (!m_error.isEmpty()) {
        if (error)
            *error = m_error;
        return false;
    }
    return true;
}

void SandboxThread::shutdown()
{
    if (!isRunning())
        return;
    quit();
    wait();
}

void SandboxThread::runOnServer(const std::function<void(sandbox::SandboxServer &)> &work)
{
    QMetaObject::invokeMethod(
        m_server, [this, &work] { work(*m_server); }, Qt::BlockingQueuedConnection);
}

double SandboxThread::cpuSeconds() const
{
    timespec spent {};
    if (!isRunning() || clock_gettime(m_cpuClock, &spent) != 0)
        return 0;
    return double(spent.tv_sec) + double(spent.tv_nsec) / 1e9;
}

void SandboxThread::run()
{
    pthread_getcpuclockid(pthread_self(), &m_cpuClock); // set before launch() returns
    sandbox::SandboxServer server;
    QString error;
    const bool ok = server.start(m_options, &error);
    connect(&server, &sandbox::SandboxServer::requestServed, &server,
            [this](const QByteArray &, const QByteArray &, int status) {
                ++m_served;
                if (status == 503)
                    ++m_limited;
            });
    {
        QMutexLocker lock(&m_mutex);
        m_server = &server;
        m_error = ok ? QString() : (error.isEmpty() ? QStringLiteral("sandbox did not start") : error);
        m_baseUrl = server.baseUrl();
        m_token = server.adminAccessToken();
        m_started = true;
        m_ready.wakeAll();
    }
    if (ok)
        exec();
    server.stop();
    m_server = nullptr;
}

} // namespace b24::bench
