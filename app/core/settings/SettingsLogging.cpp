// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsLogging.h"

namespace b24 {
Q_LOGGING_CATEGORY(lcSettings, "b24.settings")
} // namespace b24
