// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace b24::bench {

// A batch response body as the portal sends for the loader's request: `commands` event.offline.list
// results of `rows` rows each, rows shaped like the sandbox's seeded rows (IDs and flags as strings,
// EVENT_DATA {"FIELDS":{"ID":…}} plus `payloadBytes` of padding, EVENT_ADDITIONAL {"user_id":"1"}),
// result_total/result_next/result_time per command and the outer time block.
class SyntheticBatch
{
public:
    static QByteArray body(int commands = 50, int rows = 50, int payloadBytes = 0);
};

} // namespace b24::bench
