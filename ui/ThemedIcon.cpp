// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThemedIcon.h"

#include <QApplication>

namespace b24::ui {

QIcon themedIcon(const char *name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(name), QApplication::style()->standardIcon(fallback));
}

} // namespace b24::ui
