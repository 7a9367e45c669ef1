// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <type_traits>
#include <utility>

namespace b24 {

// Runs work() on Qt's global thread pool and then(result) on the thread of `context`, from its event
// loop, once work() is done. Deleting the returned object (a child of `context`) before that drops
// the result: then() is not called, and work() runs to its end unobserved. QtCore only (no
// QtConcurrent), so the core keeps to QtCore and QtNetwork. work() gets copies of what it captures;
// it must not touch objects living on other threads.
template<typename Work, typename Then> QObject *runOnPool(QObject *context, Work work, Then then)
{
    using Result = std::invoke_result_t<Work &>;
    auto promise = std::make_shared<QPromise<Result>>();
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, then = std::move(then)]() mutable {
                         watcher->deleteLater();
                         if (watcher->future().resultCount() > 0)
                             then(watcher->future().takeResult());
                     });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, work = std::move(work)]() mutable {
        promise->addResult(work());
        promise->finish();
    });
    return watcher;
}

} // namespace b24
