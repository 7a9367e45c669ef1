// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace b24 {
class AppSettings;
} // namespace b24

namespace b24::ui {

// Application preferences that are not part of a connection: when a batch counts as stuck, the
// language, whether new profiles start read-only, the export-before-clear default, and where the
// audit file of destructive calls lives. Written to AppSettings on OK only.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(b24::AppSettings *settings, QWidget *parent = nullptr);

    void setAuditFilePath(const QString &path); // defaults to AuditLog::defaultPath()
    [[nodiscard]] QString auditFilePath() const { return m_auditPath; }
    [[nodiscard]] bool languageChanged() const; // the admin picked another language (restart needed)

public Q_SLOTS:
    void accept() override;
    void restoreDefaults();

private:
    void load();
    void updateLanguageNote();
    void openAuditFolder();

    b24::AppSettings *m_settings;
    QSpinBox *m_stuckHours = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    QCheckBox *m_readOnlyDefault = nullptr;
    QCheckBox *m_exportBeforeClear = nullptr;
    QLineEdit *m_auditPathEdit = nullptr;
    QString m_auditPath;
    QString m_initialLanguage;
};

} // namespace b24::ui
