// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxPortal.h"

namespace b24::sandbox {

SandboxPortal::SandboxPortal(QObject *parent) : QObject(parent)
{ }

} // namespace b24::sandbox
