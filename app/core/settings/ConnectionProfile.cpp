// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionProfile.h"

namespace b24 {

QString ConnectionProfile::secretKey() const
{
    return QStringLiteral("profile:") + name;
}

} // namespace b24
