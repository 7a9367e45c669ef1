// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "queue/AuditLog.h"
#include "settings/AppSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace b24::ui {

namespace {

QLabel *makeHint(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setEnabled(false); // the palette's muted text colour
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(b24::AppSettings *settings, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_auditPath(b24::AuditLog::defaultPath())
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    auto *queueBox = new QGroupBox(tr("Queue"));
    auto *queueForm = new QFormLayout(queueBox);
    m_stuckHours = new QSpinBox;
    m_stuckHours->setObjectName(QStringLiteral("stuckHoursSpin"));
    m_stuckHours->setRange(b24::AppSettings::MinStuckHours, b24::AppSettings::MaxStuckHours);
    m_stuckHours->setSuffix(tr(" h"));
    queueForm->addRow(tr("Flag reserved batches as &stuck after:"), m_stuckHours);
    queueForm->addRow(
        QString(),
        makeHint(tr("A batch reserved with event.offline.get that nobody cleared for this long is "
                    "probably abandoned. The portal itself deletes reserved rows after about "
                    "30 days.")));

    auto *safetyBox = new QGroupBox(tr("Safety"));
    auto *safetyLayout = new QVBoxLayout(safetyBox);
    m_readOnlyDefault = new QCheckBox(tr("New connection profiles start &read-only"));
    m_readOnlyDefault->setObjectName(QStringLiteral("readOnlyDefaultCheck"));
    m_exportBeforeClear = new QCheckBox(tr("Tick “&export these records first” in every clear confirmation"));
    m_exportBeforeClear->setObjectName(QStringLiteral("exportBeforeClearCheck"));
    safetyLayout->addWidget(m_readOnlyDefault);
    safetyLayout->addWidget(m_exportBeforeClear);

    m_auditPathEdit = new QLineEdit;
    m_auditPathEdit->setObjectName(QStringLiteral("auditPathEdit"));
    m_auditPathEdit->setReadOnly(true);
    auto *openFolder = new QPushButton(tr("&Open folder"));
    openFolder->setObjectName(QStringLiteral("openAuditFolderButton"));
    openFolder->setAutoDefault(false);
    connect(openFolder, &QPushButton::clicked, this, &SettingsDialog::openAuditFolder);
    auto *auditRow = new QHBoxLayout;
    auditRow->addWidget(m_auditPathEdit, 1);
    auditRow->addWidget(openFolder);
    auto *auditForm = new QFormLayout;
    auditForm->addRow(tr("Audit file:"), auditRow);
    auditForm->addRow(QString(),
                      makeHint(tr("Every clear, reserve and mark-as-error call is recorded here "
                                  "(time, portal, method, ids, verified result; never a secret).")));
    safetyLayout->addLayout(auditForm);

    auto *appearanceBox = new QGroupBox(tr("Language"));
    auto *appearanceForm = new QFormLayout(appearanceBox);
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System"), QStringLiteral("system"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_languageNote = makeHint(tr("A new language takes effect after you restart the application."));
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    appearanceForm->addRow(tr("&Language:"), m_language);
    appearanceForm->addRow(QString(), m_languageNote);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateLanguageNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                         | QDialogButtonBox::RestoreDefaults);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaults);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(queueBox);
    layout->addWidget(safetyBox);
    layout->addWidget(appearanceBox);
    layout->addStretch(1);
    layout->addWidget(buttons);

    load();
    setAuditFilePath(m_auditPath);
    resize(560, sizeHint().height());
}

void SettingsDialog::load()
{
    m_stuckHours->setValue(m_settings->stuckThresholdHours());
    m_initialLanguage = m_settings->language();
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_initialLanguage)));
    m_readOnlyDefault->setChecked(m_settings->readOnlyDefault());
    m_exportBeforeClear->setChecked(m_settings->exportBeforeClear());
    updateLanguageNote();
}

void SettingsDialog::restoreDefaults()
{
    using Key = b24::AppSettings::Key;
    m_stuckHours->setValue(b24::AppSettings::defaultValue(Key::StuckThresholdHours).toInt());
    m_language->setCurrentIndex(
        qMax(0, m_language->findData(b24::AppSettings::defaultValue(Key::Language).toString())));
    m_readOnlyDefault->setChecked(b24::AppSettings::defaultValue(Key::ReadOnlyDefault).toBool());
    m_exportBeforeClear->setChecked(b24::AppSettings::defaultValue(Key::ExportBeforeClear).toBool());
}

void SettingsDialog::setAuditFilePath(const QString &path)
{
    m_auditPath = path;
    m_auditPathEdit->setText(QDir::toNativeSeparators(path));
    m_auditPathEdit->setToolTip(QDir::toNativeSeparators(path));
    m_auditPathEdit->setCursorPosition(0);
}

bool SettingsDialog::languageChanged() const
{
    return m_language->currentData().toString() != m_initialLanguage;
}

void SettingsDialog::updateLanguageNote()
{
    // Bold once a different language is picked, so the restart note is not missed.
    QFont font = m_languageNote->font();
    font.setBold(languageChanged());
    m_languageNote->setFont(font);
    m_languageNote->setEnabled(languageChanged());
}

void SettingsDialog::openAuditFolder()
{
    const QString folder = QFileInfo(m_auditPath).absolutePath();
    QDir().mkpath(folder);
    QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

void SettingsDialog::accept()
{
    m_settings->setStuckThresholdHours(m_stuckHours->value());
    m_settings->setLanguage(m_language->currentData().toString());
    m_settings->setReadOnlyDefault(m_readOnlyDefault->isChecked());
    m_settings->setExportBeforeClear(m_exportBeforeClear->isChecked());
    QDialog::accept();
}

} // namespace b24::ui
