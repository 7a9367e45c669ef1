// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace b24::sandbox {

enum class FaultKind {
    Delay, // answer normally after delayMs (the call is applied; the delay counts as method time)
    DropBeforeApply, // close the connection without applying the call or answering
    DropAfterApply, // apply the call, then close the connection without answering
    Html502, // an nginx-style HTML 502 page; the call is not applied
    TruncatedJson, // apply the call, answer 200 with the JSON body cut in half
    Internal500, // 500 INTERNAL_SERVER_ERROR; the call is not applied
    PartialBody, // apply the call, announce the full Content-Length, send half, close the connection
};

struct FaultSpec {
    FaultKind kind = FaultKind::Delay;
    int delayMs = 0;
    int remaining = -1; // how many more calls it hits; -1 = until cleared
};

// Faults per REST method (lower case, as in the URL; "*" hits every method). A batch request is
// matched by "batch", not by its sub-commands.
class SandboxFaults
{
public:
    void set(const QString &method, const FaultSpec &spec);
    void clear(const QString &method);
    void clearAll();
    bool isEmpty() const { return m_faults.isEmpty(); }
    // The fault for this call, if any; counts it down.
    std::optional<FaultSpec> take(const QString &method);
    QHash<QString, FaultSpec> all() const { return m_faults; }

    // "method:kind[:ms][:count]", kinds: delay, drop-before, drop-after, html-502, truncated-json, error-500,
    // partial-body.
    static std::optional<std::pair<QString, FaultSpec>> parse(const QString &text, QString *error = nullptr);
    static std::optional<FaultKind> kindFromName(const QString &name);
    static QString kindName(FaultKind kind);
    static QStringList kindNames();

private:
    QHash<QString, FaultSpec> m_faults;
};

} // namespace b24::sandbox
