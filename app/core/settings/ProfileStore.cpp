// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileStore.h"

#include <QSettings>
#include <QUrl>

#include <algorithm>

namespace b24 {

namespace {

const QString ProfilesGroup = QStringLiteral("profiles");
const QString LastUsedKey = QStringLiteral("state/lastProfile");

// Names are free text; QSettings treats '/' and '\' as separators, so the group key is encoded.
QString groupKey(const QString &name)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(name));
}

ConnectionProfile readProfile(const QSettings &settings)
{
    ConnectionProfile profile;
    const ConnectionProfile defaults;
    profile.name = settings.value(QStringLiteral("name")).toString();
    profile.portal = settings.value(QStringLiteral("portal")).toString();
    profile.allowPlainHttp = settings.value(QStringLiteral("allowPlainHttp"), false).toBool();
    profile.clientId = settings.value(QStringLiteral("clientId")).toString();
    profile.authConnector = settings.value(QStringLiteral("authConnector")).toString();
    profile.tokenEndpoint
        = QUrl(settings.value(QStringLiteral("tokenEndpoint"), defaults.tokenEndpoint.toString()).toString());
    profile.rateLimit.ratePerSecond
        = settings.value(QStringLiteral("rate/perSecond"), defaults.rateLimit.ratePerSecond).toDouble();
    profile.rateLimit.burst = settings.value(QStringLiteral("rate/burst"), defaults.rateLimit.burst).toInt();
    profile.timeoutSeconds
        = settings.value(QStringLiteral("timeoutSeconds"), defaults.timeoutSeconds).toInt();
    profile.pinnedCertificateSha256 = settings.value(QStringLiteral("pinnedCertificateSha256")).toString();
    profile.readOnly = settings.value(QStringLiteral("readOnly"), false).toBool();
    profile.signInPort = settings.value(QStringLiteral("signInPort"), defaults.signInPort).toInt();
    return profile;
}

} // namespace

ProfileStore::ProfileStore(QSettings *settings) : m_settings(settings)
{ }

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> result;
    m_settings->beginGroup(ProfilesGroup);
    const QStringList keys = m_settings->childGroups();
    for (const QString &key : keys) {
        m_settings->beginGroup(key);
        ConnectionProfile profile = readProfile(*m_settings);
        m_settings->endGroup();
        if (!profile.name.isEmpty())
            result.append(profile);
    }
    m_settings->endGroup();
    std::sort(result.begin(), result.end(), [](const ConnectionProfile &a, const ConnectionProfile &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return result;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &name) const
{
    if (name.isEmpty())
        return std::nullopt;
    m_settings->beginGroup(ProfilesGroup + QLatin1Char('/') + groupKey(name));
    std::optional<ConnectionProfile> result;
    if (m_settings->contains(QStringLiteral("name")))
        result = readProfile(*m_settings);
    m_settings->endGroup();
    return result;
}

bool ProfileStore::save(const ConnectionProfile &profile)
{
    if (profile.name.trimmed().isEmpty())
        return false;
    m_settings->remove(ProfilesGroup + QLatin1Char('/') + groupKey(profile.name));
    m_settings->beginGroup(ProfilesGroup + QLatin1Char('/') + groupKey(profile.name));
    m_settings->setValue(QStringLiteral("name"), profile.name);
    m_settings->setValue(QStringLiteral("portal"), profile.portal);
    m_settings->setValue(QStringLiteral("allowPlainHttp"), profile.allowPlainHttp);
    m_settings->setValue(QStringLiteral("clientId"), profile.clientId);
    m_settings->setValue(QStringLiteral("authConnector"), profile.authConnector);
    m_settings->setValue(QStringLiteral("tokenEndpoint"), profile.tokenEndpoint.toString());
    m_settings->setValue(QStringLiteral("rate/perSecond"), profile.rateLimit.ratePerSecond);
    m_settings->setValue(QStringLiteral("rate/burst"), profile.rateLimit.burst);
    m_settings->setValue(QStringLiteral("timeoutSeconds"), profile.timeoutSeconds);
    m_settings->setValue(QStringLiteral("pinnedCertificateSha256"), profile.pinnedCertificateSha256);
    m_settings->setValue(QStringLiteral("readOnly"), profile.readOnly);
    m_settings->setValue(QStringLiteral("signInPort"), profile.signInPort);
    m_settings->endGroup();
    m_settings->sync();
    return true;
}

void ProfileStore::remove(const QString &name)
{
    if (name.isEmpty())
        return;
    m_settings->remove(ProfilesGroup + QLatin1Char('/') + groupKey(name));
    if (lastUsed() == name)
        m_settings->remove(LastUsedKey);
    m_settings->sync();
}

QString ProfileStore::lastUsed() const
{
    return m_settings->value(LastUsedKey).toString();
}

void ProfileStore::setLastUsed(const QString &name)
{
    m_settings->setValue(LastUsedKey, name);
    m_settings->sync();
}

} // namespace b24
