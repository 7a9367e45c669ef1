// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetLogging.h"

namespace b24 {

Q_LOGGING_CATEGORY(lcNet, "b24.net", QtWarningMsg)

} // namespace b24
