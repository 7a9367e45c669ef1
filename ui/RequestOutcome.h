// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/RequestLogEntry.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace b24::ui {

// How one logged request ended, reduced to the four states the log panel shows. Every state has a
// colour *and* an icon shape *and* a word, so the log reads the same without colour vision.
class RequestOutcome
{
    Q_DECLARE_TR_FUNCTIONS(b24::ui::RequestOutcome)

public:
    enum Kind {
        Ok, // green: answered on the first attempt
        Retried, // amber: answered after retries, or a limit the client waits out
        Error, // red: the portal or the network refused it
        Unknown, // purple: a destructive call whose effect is not known (re-list to find out)
    };

    static Kind classify(const b24::RequestLogEntry &entry);
    static bool isError(const b24::RequestLogEntry &entry); // what "show errors only" keeps
    static QColor color(Kind kind);
    static QIcon icon(Kind kind);
    static QString label(Kind kind);
    static QString describe(const b24::RequestLogEntry &entry); // "OK", "Error: WRONG_AUTH_TYPE", …
};

} // namespace b24::ui
