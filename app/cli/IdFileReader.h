// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

namespace b24::cli {

// Reads the --ids-from file: one value per line, numeric IDs or 32-character MESSAGE_IDs,
// '#' starts a comment, blank lines are skipped. A bad line makes the whole read fail with a
// message naming the file and the line number, so a typo never silently narrows a clear.
class IdFileReader
{
    Q_DECLARE_TR_FUNCTIONS(b24::cli::IdFileReader)

public:
    struct Result {
        QList<qint64> ids;
        QStringList messageIds; // lower case
        QString error; // empty on success
        [[nodiscard]] bool ok() const { return error.isEmpty(); }
    };

    static Result readFile(const QString &path);
    static Result read(QIODevice *device, const QString &displayName);

    // A single value as typed on the command line or in the file. Both return false on bad input.
    static bool parseId(const QString &text, qint64 *id);
    static bool isMessageId(const QString &text);
};

} // namespace b24::cli
