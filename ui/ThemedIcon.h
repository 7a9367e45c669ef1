// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QStyle>

namespace b24::ui {

// The desktop theme's icon of that name, or the style's own when the theme has none (offscreen,
// minimal desktops), so no toolbar button ends up blank.
QIcon themedIcon(const char *name, QStyle::StandardPixmap fallback);

} // namespace b24::ui
