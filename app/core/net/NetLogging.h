// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace b24 {

// Developer logging of the network layer ("b24.net"). Only masked text ever goes here. Info and
// debug are off by default; enable with QT_LOGGING_RULES="b24.net*=true".
Q_DECLARE_LOGGING_CATEGORY(lcNet)

} // namespace b24
