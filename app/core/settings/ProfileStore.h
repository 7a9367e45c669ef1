// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionProfile.h"

#include <QList>
#include <QString>

#include <optional>

class QSettings;

namespace b24 {

// Connection profiles in QSettings ("profiles/<percent-encoded name>/..."). Holds no secret, by
// construction: ConnectionProfile has no secret fields.
class ProfileStore
{
public:
    explicit ProfileStore(QSettings *settings); // not owned
    [[nodiscard]] QList<ConnectionProfile> profiles() const;
    [[nodiscard]] std::optional<ConnectionProfile> profile(const QString &name) const;
    // Refuses (returns false) a profile without a name; replaces a profile of the same name.
    bool save(const ConnectionProfile &profile);
    void remove(const QString &name);
    [[nodiscard]] QString lastUsed() const;
    void setLastUsed(const QString &name);

private:
    QSettings *m_settings;
};

} // namespace b24
