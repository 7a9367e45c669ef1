// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueueLogging.h"

namespace b24 {
Q_LOGGING_CATEGORY(lcQueue, "b24.queue")
} // namespace b24
