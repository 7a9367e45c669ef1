// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BatchMethod.h"
#include "HttpRequest.h"
#include "HttpResponse.h"
#include "LeakyBucket.h"
#include "OfflineMethods.h"
#include "OperatingLimiter.h"
#include "SandboxAuth.h"
#include "SandboxFaults.h"
#include "SandboxOptions.h"
#include "SandboxQueue.h"

#include <QElapsedTimer>
#include <QHash>

#include <functional>

namespace b24::sandbox {

// The portal's /rest/ entry (CRestServer): parameters from query string and body, the leaky
// bucket, OAuth/webhook authentication, the operating-time limiter, method dispatch, faults, and
// the JSON envelope with its `time` block.
class RestDispatcher
{
public:
    RestDispatcher(SandboxOptions &options, SandboxQueue &queue, SandboxAuth &auth, SandboxFaults &faults);

    // `restPath` is what follows "/rest/" (percent-decoded), e.g. "event.offline.list.json".
    HttpResponse handle(const HttpRequest &request, const QString &restPath);

    // Parameters as PHP sees them: query string merged with the body, body keys winning.
    static PhpValue requestParams(const HttpRequest &request, int maxInputVars);

    OperatingLimiter &operatingLimiter() { return m_operating; }
    LeakyBucket &leakyBucket() { return m_bucket; }
    void resetLimits();
    void applyOptions();

    static constexpr int maxInputVars = 1000;

private:
    using Method = std::function<RestResult(const RestCallContext &)>;

    // `injectedSeconds`: a delay fault's time, counted as time spent in the method.
    BatchMethod::SubCall runMethod(const RestCallContext &call, double injectedSeconds = 0);
    PhpValue timeBlock(double start, double finish, double processing, const QString &operatingKey);
    HttpResponse errorResponse(const RestError &error) const;
    double nowSeconds() const;

    SandboxOptions &m_options;
    SandboxQueue &m_queue;
    SandboxAuth &m_auth;
    SandboxFaults &m_faults;
    OfflineMethods m_offline;
    LeakyBucket m_bucket;
    OperatingLimiter m_operating;
    QElapsedTimer m_monotonic;
    QHash<QString, Method> m_methods;
};

} // namespace b24::sandbox
