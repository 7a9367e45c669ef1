// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace b24 {
Q_DECLARE_LOGGING_CATEGORY(lcSettings)
} // namespace b24
