// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxOptions.h"

#include <QCommandLineParser>
#include <QStringList>

namespace b24::sandbox {

// The b24-sandbox-portal command line: every SandboxOptions field has an option, documented in --help.
class PortalCommandLine
{
public:
    PortalCommandLine();

    // Parses `arguments` (argv). Returns false with a message in *error on bad input;
    // --help and --version are handled by QCommandLineParser (they exit).
    bool parse(const QStringList &arguments, SandboxOptions *options, QString *error);
    // --write-cert: where to save the generated certificate (PEM) for curl --cacert; empty if not asked.
    QString certificateOutputPath() const;

private:
    QCommandLineParser m_parser;
};

} // namespace b24::sandbox
