// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FilterParser.h"
#include "RestCall.h"
#include "SandboxQueue.h"

#include <functional>

namespace b24::sandbox {

// event.offline.get / list / clear / error as Bitrix\Rest\Api\Event implements them, traps included.
class OfflineMethods
{
public:
    // `extendedEnabled` answers feature rest_offline_extended at call time.
    OfflineMethods(SandboxQueue &queue, std::function<bool()> extendedEnabled, int utcOffsetSeconds);

    RestResult get(const RestCallContext &call) const;
    RestResult list(const RestCallContext &call) const;
    RestResult clear(const RestCallContext &call) const;
    RestResult error(const RestCallContext &call) const;

    // A row as get (withState=false) or list (withState=true) returns it.
    PhpValue eventToPhp(const SandboxEvent &row, bool withState) const;

    static std::optional<RestError> checkAccess(const RestCallContext &call);

private:
    QueueScope scopeOf(const RestCallContext &call) const;
    static std::optional<QString> processIdOf(const PhpValue &query);
    static RestResult missingProcessId();

    SandboxQueue &m_queue;
    std::function<bool()> m_extendedEnabled;
    int m_utcOffsetSeconds = 0;
    FilterParser m_filters;
};

} // namespace b24::sandbox
