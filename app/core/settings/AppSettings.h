// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

class QSettings;

namespace b24 {

// Typed access to the non-secret application settings. Every key and its default live in one
// table (AppSettings.cpp), so the window, the CLI and the tests agree on names and defaults.
class AppSettings
{
public:
    enum class Key {
        StuckThresholdHours, // int, batches older than this are flagged as stuck
        Language, // "system", "en" or "ru"
        ReadOnlyDefault, // bool, new connections start read-only
        ExportBeforeClear, // bool, the confirmation pre-ticks "export these records first"
        WindowGeometry, // QByteArray from QWidget::saveGeometry()
        WindowState, // QByteArray from QMainWindow::saveState()
        SplitterState, // QByteArray from QSplitter::saveState()
        RecordsHeaderState, // QByteArray from QHeaderView::saveState()
    };

    explicit AppSettings(QSettings *settings); // not owned

    static QString keyName(Key key); // e.g. "queue/stuckThresholdHours"
    static QVariant defaultValue(Key key);
    [[nodiscard]] QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void reset(Key key);

    [[nodiscard]] int stuckThresholdHours() const; // 1 .. 8760, default 24
    [[nodiscard]] qint64 stuckThresholdSeconds() const { return qint64(stuckThresholdHours()) * 3600; }
    bool setStuckThresholdHours(int hours); // false (unchanged) when out of range
    [[nodiscard]] QString language() const;
    bool setLanguage(const QString &language); // false (unchanged) for anything but system/en/ru
    [[nodiscard]] bool readOnlyDefault() const;
    void setReadOnlyDefault(bool readOnly);
    [[nodiscard]] bool exportBeforeClear() const;
    void setExportBeforeClear(bool exportFirst);
    [[nodiscard]] QByteArray bytes(Key key) const; // for the window-state keys
    void setBytes(Key key, const QByteArray &bytes);

    static constexpr int MinStuckHours = 1;
    static constexpr int MaxStuckHours = 24 * 365;

private:
    QSettings *m_settings;
};

} // namespace b24
