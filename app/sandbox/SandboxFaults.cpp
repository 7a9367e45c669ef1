// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxFaults.h"

#include <QCoreApplication>

namespace b24::sandbox {

void SandboxFaults::set(const QString &method, const FaultSpec &spec)
{
    m_faults.insert(method.toLower(), spec);
}

void SandboxFaults::clear(const QString &method)
{
    m_faults.remove(method.toLower());
}

void SandboxFaults::clearAll()
{
    m_faults.clear();
}

std::optional<FaultSpec> SandboxFaults::take(const QString &method)
{
    for (const QString &key : {method.toLower(), QStringLiteral("*")}) {
        auto it = m_faults.find(key);
        if (it == m_faults.end()) {
            continue;
        }
        const FaultSpec spec = it.value();
        if (it->remaining > 0 && --it->remaining == 0) {
            m_faults.erase(it);
        }
        return spec;
    }
    return std::nullopt;
}

QStringList SandboxFaults::kindNames()
{
    return {QStringLiteral("delay"),       QStringLiteral("drop-before"),    QStringLiteral("drop-after"),
            QStringLiteral("html-502"),    QStringLiteral("truncated-json"), QStringLiteral("error-500"),
            QStringLiteral("partial-body")};
}

std::optional<FaultKind> SandboxFaults::kindFromName(const QString &name)
{
    const int index = int(kindNames().indexOf(name.toLower()));
    if (index < 0) {
        return std::nullopt;
    }
    return FaultKind(index);
}

QString SandboxFaults::kindName(FaultKind kind)
{
    return kindNames().value(int(kind));
}

std::optional<std::pair<QString, FaultSpec>> SandboxFaults::parse(const QString &text, QString *error)
{
    const QStringList parts = text.split(u':');
    auto fail = [&](const QString &message) -> std::optional<std::pair<QString, FaultSpec>> {
        if (error) {
            *error = message;
        }
        return std::nullopt;
    };
    if (parts.size() < 2 || parts.size() > 4 || parts.constFirst().isEmpty()) {
        return fail(QCoreApplication::translate("b24::sandbox::SandboxFaults",
                                                "Fault \"%1\" is not method:kind[:ms][:count], e.g. "
                                                "event.offline.get:delay:1500")
                        .arg(text));
    }
    const std::optional<FaultKind> kind = kindFromName(parts.at(1));
    if (!kind) {
        return fail(QCoreApplication::translate("b24::sandbox::SandboxFaults",
                                                "Unknown fault kind \"%1\"; use one of: %2")
                        .arg(parts.at(1), kindNames().join(QStringLiteral(", "))));
    }
    FaultSpec spec;
    spec.kind = *kind;
    if (parts.size() >= 3) {
        bool ok = false;
        spec.delayMs = parts.at(2).toInt(&ok);
        if (!ok || spec.delayMs < 0) {
            return fail(QCoreApplication::translate("b24::sandbox::SandboxFaults",
                                                    "Fault delay \"%1\" must be a number of milliseconds")
                            .arg(parts.at(2)));
        }
    }
    if (parts.size() == 4) {
        bool ok = false;
        spec.remaining = parts.at(3).toInt(&ok);
        if (!ok || spec.remaining == 0 || spec.remaining < -1) {
            return fail(QCoreApplication::translate("b24::sandbox::SandboxFaults",
                                                    "Fault count \"%1\" must be a positive number or -1")
                            .arg(parts.at(3)));
        }
    }
    return std::make_pair(parts.constFirst().toLower(), spec);
}

} // namespace b24::sandbox
