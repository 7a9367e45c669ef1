// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppSettings.h"

#include <QSettings>

namespace b24 {

namespace {

struct Entry {
    AppSettings::Key key;
    const char *name;
    QVariant defaultValue;
};

const QList<Entry> &table()
{
    static const QList<Entry> entries {
        {AppSettings::Key::StuckThresholdHours, "queue/stuckThresholdHours", 24},
        {AppSettings::Key::Language, "ui/language", QStringLiteral("system")},
        {AppSettings::Key::ReadOnlyDefault, "safety/readOnlyDefault", false},
        {AppSettings::Key::ExportBeforeClear, "safety/exportBeforeClear", false},
        {AppSettings::Key::WindowGeometry, "window/geometry", QByteArray()},
        {AppSettings::Key::WindowState, "window/state", QByteArray()},
        {AppSettings::Key::SplitterState, "window/splitter", QByteArray()},
        {AppSettings::Key::RecordsHeaderState, "window/recordsHeader", QByteArray()},
    };
    return entries;
}

const Entry &entry(AppSettings::Key key)
{
    for (const Entry &candidate : table()) {
        if (candidate.key == key)
            return candidate;
    }
    Q_UNREACHABLE();
}

} // namespace

AppSettings::AppSettings(QSettings *settings) : m_settings(settings)
{ }

QString AppSettings::keyName(Key key)
{
    return QString::fromLatin1(entry(key).name);
}

QVariant AppSettings::defaultValue(Key key)
{
    return entry(key).defaultValue;
}

QVariant AppSettings::value(Key key) const
{
    return m_settings->value(keyName(key), defaultValue(key));
}

void AppSettings::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(keyName(key), value);
}

void AppSettings::reset(Key key)
{
    m_settings->remove(keyName(key));
}

int AppSettings::stuckThresholdHours() const
{
    bool ok = false;
    const int hours = value(Key::StuckThresholdHours).toInt(&ok);
    if (!ok || hours < MinStuckHours || hours > MaxStuckHours)
        return defaultValue(Key::StuckThresholdHours).toInt(); // a hand-edited file must not break the view
    return hours;
}

bool AppSettings::setStuckThresholdHours(int hours)
{
    if (hours < MinStuckHours || hours > MaxStuckHours)
        return false;
    setValue(Key::StuckThresholdHours, hours);
    return true;
}

QString AppSettings::language() const
{
    QString language = value(Key::Language).toString();
    if (language == QLatin1String("en") || language == QLatin1String("ru"))
        return language;
    return QStringLiteral("system");
}

bool AppSettings::setLanguage(const QString &language)
{
    if (language != QLatin1String("system") && language != QLatin1String("en")
        && language != QLatin1String("ru"))
        return false;
    setValue(Key::Language, language);
    return true;
}

bool AppSettings::readOnlyDefault() const
{
    return value(Key::ReadOnlyDefault).toBool();
}

void AppSettings::setReadOnlyDefault(bool readOnly)
{
    setValue(Key::ReadOnlyDefault, readOnly);
}

bool AppSettings::exportBeforeClear() const
{
    return value(Key::ExportBeforeClear).toBool();
}

void AppSettings::setExportBeforeClear(bool exportFirst)
{
    setValue(Key::ExportBeforeClear, exportFirst);
}

QByteArray AppSettings::bytes(Key key) const
{
    return value(key).toByteArray();
}

void AppSettings::setBytes(Key key, const QByteArray &bytes)
{
    setValue(key, bytes);
}

} // namespace b24
