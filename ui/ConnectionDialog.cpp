// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionDialog.h"

#include "ProfileEditor.h"
#include "TokenHelpWidget.h"
#include "settings/ProfileStore.h"
#include "settings/SecretStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace b24::ui {

namespace {

QLabel *makeBanner()
{
    auto *banner = new QLabel;
    banner->setObjectName(QStringLiteral("keychainBanner"));
    banner->setWordWrap(true);
    banner->setTextFormat(Qt::PlainText);
    banner->setMargin(8);
    // Fixed amber with dark text: a warning must read the same in light and dark themes.
    banner->setStyleSheet(QStringLiteral("QLabel#keychainBanner { background: #fff3cd; color: #5c4400; "
                                         "border: 1px solid #e0b94f; border-radius: 4px; }"));
    banner->hide();
    return banner;
}

} // namespace

ConnectionDialog::ConnectionDialog(b24::ProfileStore *profiles, b24::SecretStore *secrets, QWidget *parent)
    : QDialog(parent), m_profiles(profiles), m_secrets(secrets)
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Connect to a Bitrix24 portal"));

    m_banner = makeBanner();
    m_editor = new ProfileEditor;
    m_help = new TokenHelpWidget;
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    QPalette problemPalette = m_problem->palette();
    problemPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x2b, 0x2b));
    m_problem->setPalette(problemPalette);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setEnabled(false);

    m_buttons
        = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("connectButton"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Save this profile without connecting"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this,
            &ConnectionDialog::saveProfile);

    // The form is long once "Advanced" and the help are open; let it scroll on small screens.
    auto *formPage = new QWidget;
    auto *formLayout = new QVBoxLayout(formPage);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(m_editor);
    formLayout->addWidget(m_help);
    formLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(formPage);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(createProfileBar());
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_editor, &ProfileEditor::changed, this, &ConnectionDialog::updateState);
    connect(m_secrets, &b24::SecretStore::backendUnavailable, this, &ConnectionDialog::showSessionOnlyBanner);
    if (m_secrets->sessionOnly()) {
        showSessionOnlyBanner({});
    }

    const QString lastUsed = m_profiles->lastUsed();
    reloadProfileList(lastUsed);
    if (m_profileCombo->count() == 0) {
        newProfile();
    }
    resize(640, 720);
}

QWidget *ConnectionDialog::createProfileBar()
{
    auto *bar = new QWidget;
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_profileCombo = new QComboBox;
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profileCombo->setMinimumContentsLength(20);
    auto *label = new QLabel(tr("&Profile:"));
    label->setBuddy(m_profileCombo);
    m_newButton = new QPushButton(tr("&New"));
    m_newButton->setObjectName(QStringLiteral("newProfileButton"));
    m_duplicateButton = new QPushButton(tr("D&uplicate"));
    m_duplicateButton->setObjectName(QStringLiteral("duplicateProfileButton"));
    m_deleteButton = new QPushButton(tr("&Delete…"));
    m_deleteButton->setObjectName(QStringLiteral("deleteProfileButton"));
    for (QPushButton *button : {m_newButton, m_duplicateButton, m_deleteButton}) {
        button->setAutoDefault(false);
    }
    layout->addWidget(label);
    layout->addWidget(m_profileCombo, 1);
    layout->addWidget(m_newButton);
    layout->addWidget(m_duplicateButton);
    layout->addWidget(m_deleteButton);

    connect(m_profileCombo, &QComboBox::activated, this, &ConnectionDialog::loadProfileAt);
    connect(m_newButton, &QPushButton::clicked, this, &ConnectionDialog::newProfile);
    connect(m_duplicateButton, &QPushButton::clicked, this, &ConnectionDialog::duplicateProfile);
    connect(m_deleteButton, &QPushButton::clicked, this, &ConnectionDialog::confirmDelete);
    return bar;
}

QStringList ConnectionDialog::savedNames() const
{
    QStringList names;
    for (const auto &saved : m_profiles->profiles()) {
        names << saved.name;
    }
    return names;
}

QString ConnectionDialog::uniqueName(const QString &base) const
{
    const QStringList taken = savedNames();
    QString name = base;
    for (int i = 2; taken.contains(name, Qt::CaseInsensitive); ++i) {
        name = tr("%1 %2").arg(base).arg(i);
    }
    return name;
}

void ConnectionDialog::reloadProfileList(const QString &select, bool loadSelected)
{
    m_profileCombo->clear();
    for (const QString &name : savedNames()) {
        m_profileCombo->addItem(name, name);
    }
    const int index = m_profileCombo->findData(select);
    if (m_profileCombo->count() > 0) {
        m_profileCombo->setCurrentIndex(qMax(0, index));
        if (loadSelected) {
            loadProfileAt(m_profileCombo->currentIndex());
        }
    }
}

void ConnectionDialog::selectProfile(const QString &name)
{
    const int index = m_profileCombo->findData(name);
    if (index >= 0) {
        m_profileCombo->setCurrentIndex(index);
        loadProfileAt(index);
    }
}

void ConnectionDialog::loadProfileAt(int index)
{
    // Switching away from an unsaved draft discards it.
    for (int i = m_profileCombo->count() - 1; i >= 0; --i) {
        if (i != index && m_profileCombo->itemData(i).toString().isEmpty()) {
            m_profileCombo->removeItem(i);
            if (i < index) {
                --index;
            }
        }
    }
    const QString name = m_profileCombo->itemData(index).toString();
    const auto saved = m_profiles->profile(name);
    if (!saved) {
        return;
    }
    m_loadedName = name;
    QStringList taken = savedNames();
    taken.removeAll(name);
    m_editor->setTakenNames(taken);
    m_editor->setProfile(*saved);
    m_status->clear();
    loadSecrets(*saved);
    updateState();
}

void ConnectionDialog::loadSecrets(const b24::ConnectionProfile &profile)
{
    const quint64 generation = ++m_loadGeneration;
    m_status->setText(tr("Reading secrets from the keychain…"));
    QPointer<ConnectionDialog> self(this);
    m_secrets->load(profile.secretKey(),
                    [self, generation,
                     name = profile.name](bool ok, const QString &accessToken, const QString &refreshToken,
                                          const QString &clientSecret, const QString &error) {
                        // Ignore answers for a profile that is no longer shown (or a closed dialog).
                        if (self && self->m_loadGeneration == generation) {
                            self->secretsArrived(name, ok, {accessToken, refreshToken, clientSecret}, error);
                        }
                    });
}

void ConnectionDialog::secretsArrived(const QString &name, bool ok, const QStringList &secrets,
                                      const QString &error)
{
    const QString &accessToken = secrets.at(0);
    const QString &refreshToken = secrets.at(1);
    if (!ok) {
        m_status->setText(error);
    } else if (accessToken.isEmpty() && refreshToken.isEmpty()) {
        m_status->setText(tr("No saved token for this profile: enter it below."));
    } else {
        m_status->clear();
    }
    if (ok) {
        m_editor->setSecrets(accessToken, refreshToken, secrets.at(2));
    }
    updateState();
    Q_EMIT secretsLoaded(name);
}

void ConnectionDialog::setNewProfilesReadOnly(bool readOnly)
{
    m_newProfilesReadOnly = readOnly;
    if (m_loadedName.isEmpty()) {
        b24::ConnectionProfile draft = m_editor->profile();
        draft.readOnly = readOnly;
        const b24::Credentials credentials = m_editor->credentials();
        m_editor->setProfile(draft);
        m_editor->setSecrets(credentials.accessToken, credentials.refreshToken, credentials.clientSecret);
    }
}

void ConnectionDialog::newProfile()
{
    ++m_loadGeneration;
    b24::ConnectionProfile draft;
    draft.name = uniqueName(tr("New profile"));
    draft.readOnly = m_newProfilesReadOnly;
    m_profileCombo->addItem(tr("%1 (unsaved)").arg(draft.name), QString());
    m_profileCombo->setCurrentIndex(m_profileCombo->count() - 1);
    m_loadedName.clear();
    m_editor->setTakenNames(savedNames());
    m_editor->setProfile(draft);
    m_status->clear();
    updateState();
}

void ConnectionDialog::duplicateProfile()
{
    ++m_loadGeneration;
    b24::ConnectionProfile copy = m_editor->profile();
    const b24::Credentials credentials = m_editor->credentials();
    copy.name = uniqueName(tr("%1 (copy)").arg(copy.name));
    m_profileCombo->addItem(tr("%1 (unsaved)").arg(copy.name), QString());
    m_profileCombo->setCurrentIndex(m_profileCombo->count() - 1);
    m_loadedName.clear();
    m_editor->setTakenNames(savedNames());
    m_editor->setProfile(copy);
    m_editor->setSecrets(credentials.accessToken, credentials.refreshToken, credentials.clientSecret);
    m_status->setText(tr("Copied. Save to keep the copy."));
    updateState();
}

void ConnectionDialog::confirmDelete()
{
    if (m_loadedName.isEmpty()) {
        deleteCurrentProfile();
        return;
    }
    auto *box
        = new QMessageBox(QMessageBox::Question, tr("Delete profile"),
                          tr("Delete the profile “%1” and its secrets in the keychain?").arg(m_loadedName),
                          QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, &ConnectionDialog::deleteCurrentProfile);
    box->open();
}

void ConnectionDialog::deleteCurrentProfile()
{
    ++m_loadGeneration;
    if (!m_loadedName.isEmpty()) {
        if (const auto saved = m_profiles->profile(m_loadedName)) {
            m_secrets->remove(saved->secretKey(), [](bool, const QString &) {});
        }
        m_profiles->remove(m_loadedName);
        m_loadedName.clear();
    }
    reloadProfileList(m_profiles->lastUsed());
    if (m_profileCombo->count() == 0) {
        newProfile();
    }
}

void ConnectionDialog::saveProfile()
{
    save(false);
}

void ConnectionDialog::accept()
{
    save(true);
}

void ConnectionDialog::save(bool thenAccept)
{
    if (m_busy || !m_editor->isComplete()) {
        return;
    }
    const b24::ConnectionProfile profile = m_editor->profile();
    const b24::Credentials credentials = m_editor->credentials();
    if (!m_loadedName.isEmpty() && m_loadedName != profile.name) {
        // Renamed: the secrets move with it under the new name's key.
        if (const auto old = m_profiles->profile(m_loadedName)) {
            m_secrets->remove(old->secretKey(), [](bool, const QString &) {});
        }
        m_profiles->remove(m_loadedName);
    }
    m_profiles->save(profile);
    if (thenAccept) {
        m_profiles->setLastUsed(profile.name);
    }
    ++m_loadGeneration;
    m_loadedName = profile.name;
    reloadProfileList(profile.name, false);

    m_busy = true;
    m_status->setText(tr("Saving secrets to the keychain…"));
    updateState();
    QPointer<ConnectionDialog> self(this);
    m_secrets->store(profile.secretKey(), credentials.accessToken, credentials.refreshToken,
                     credentials.clientSecret,
                     [self, thenAccept, name = profile.name](bool ok, const QString &error) {
                         if (self) {
                             self->secretsStored(name, ok, error, thenAccept);
                         }
                     });
}

void ConnectionDialog::secretsStored(const QString &name, bool ok, const QString &error, bool thenAccept)
{
    m_busy = false;
    // A session-only store reports success too: ask it where the secrets went.
    const bool persisted = ok && !m_secrets->sessionOnly();
    if (persisted) {
        m_status->setText(tr("Profile saved; secrets are in the system keychain."));
    } else if (m_secrets->sessionOnly()) {
        showSessionOnlyBanner(error);
        m_status->setText(tr("Profile saved; secrets are kept for this session only."));
    } else {
        m_status->setText(
            tr("Profile saved, but the keychain refused the secrets (%1). They are kept for this "
               "session only.")
                .arg(error));
    }
    updateState();
    Q_EMIT profileSaved(name, persisted);
    if (thenAccept) {
        QDialog::accept();
    }
}

void ConnectionDialog::showSessionOnlyBanner(const QString &detail)
{
    m_banner->setText(tr("No system keychain available — secrets are kept for this session only and will not "
                         "be saved."));
    m_banner->setToolTip(detail);
    m_banner->show();
}

bool ConnectionDialog::isSessionOnlyBannerVisible() const
{
    return !m_banner->isHidden();
}

void ConnectionDialog::updateState()
{
    // An unsaved draft is listed under the name being typed.
    const int current = m_profileCombo->currentIndex();
    if (current >= 0 && m_profileCombo->itemData(current).toString().isEmpty()) {
        m_profileCombo->setItemText(current, tr("%1 (unsaved)").arg(m_editor->profile().name));
    }
    const bool complete = m_editor->isComplete();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete && !m_busy);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(complete && !m_busy);
    m_duplicateButton->setEnabled(!m_busy);
    m_deleteButton->setEnabled(!m_busy);
    m_newButton->setEnabled(!m_busy);
    const QString problem = m_editor->problemNotShownInline();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

b24::ConnectionProfile ConnectionDialog::profile() const
{
    return m_editor->profile();
}

b24::Credentials ConnectionDialog::credentials() const
{
    return m_editor->credentials();
}

} // namespace b24::ui
