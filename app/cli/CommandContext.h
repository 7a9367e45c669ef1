// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliOptions.h"
#include "net/PortalAddress.h"

#include <QString>

namespace b24 {
class AuditLog;
class RestClient;
} // namespace b24

namespace b24::cli {

class Console;

// What every subcommand works with; owned by CliRunner, which outlives the commands.
struct CommandContext {
    const CliOptions *options = nullptr;
    RestClient *client = nullptr;
    Console *console = nullptr;
    AuditLog *audit = nullptr;
    PortalAddress portal;
    QString connector; // auth_connector in use, "" for none
};

} // namespace b24::cli
