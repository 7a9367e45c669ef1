// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliOptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>

namespace b24::cli {

// Reads the values of a parsed command line into CliOptions and validates them: numbers, times,
// fingerprints, groups, filters, the scope of a clear (--id, --message-id, --ids-from) and which
// options may be combined. Messages name the option and the bad value.
class OptionReader
{
public:
    // Returns the first problem found, or an empty string.
    static QString read(const QCommandLineParser &parser, const QList<QCommandLineOption> &defined,
                        Subcommand command, CliOptions &options);
};

} // namespace b24::cli
