// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

namespace b24::sandbox {

// Placeholder; the sandbox issue replaces this with the full in-process portal.
class SandboxPortal : public QObject
{
    Q_OBJECT

public:
    explicit SandboxPortal(QObject *parent = nullptr);
};

} // namespace b24::sandbox
