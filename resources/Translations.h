// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace b24 {

// Installs the application's own translation (compiled into the resources under :/i18n) and Qt's
// qtbase translation for one language. QtCore only, so the window and the CLI can share it.
class Translations
{
public:
    // languageSetting is the stored "language" value: "system" (follow the system locale), or a
    // code from available() such as "en" or "ru". Replaces translators installed by an earlier
    // call, so the language can be switched at run time. Returns the language now in effect
    // ("en" when nothing needed loading, e.g. for "en" or an unsupported system locale).
    static QString install(QCoreApplication *app, const QString &languageSetting);

    // The language codes install() accepts besides "system", English first.
    static QStringList available();

    // A name for a setting value to show in a language chooser: the language's own name
    // ("English", "Русский"), or a translated "System language" for "system".
    static QString displayName(const QString &languageSetting);

    // The language "system" resolves to with the current system locale.
    static QString systemLanguage();
};

} // namespace b24
