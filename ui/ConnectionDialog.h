// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/Credentials.h"
#include "settings/ConnectionProfile.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace b24 {
class ProfileStore;
class SecretStore;
} // namespace b24

namespace b24::ui {

class ProfileEditor;
class TokenHelpWidget;

// Choose, edit and save a connection profile, then connect. The profile goes to QSettings through
// ProfileStore (no secrets in it); tokens and the client secret go to the OS keychain through
// SecretStore. Without a keychain the dialog says plainly that secrets live for this session only.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    ConnectionDialog(b24::ProfileStore *profiles, b24::SecretStore *secrets, QWidget *parent = nullptr);

    // Valid after accept(): what to connect with.
    [[nodiscard]] b24::ConnectionProfile profile() const;
    [[nodiscard]] b24::Credentials credentials() const;

    void selectProfile(const QString &name);
    void setNewProfilesReadOnly(bool readOnly); // AppSettings::readOnlyDefault()
    void newProfile();
    void duplicateProfile();
    void deleteCurrentProfile(); // without asking; the Delete button asks first
    void saveProfile(); // profile to QSettings, secrets to the keychain; emits profileSaved()
    [[nodiscard]] bool isSessionOnlyBannerVisible() const;
    [[nodiscard]] ProfileEditor *editor() const { return m_editor; }

public Q_SLOTS:
    void accept() override; // saves, then closes once the keychain has answered

Q_SIGNALS:
    void profileSaved(const QString &name, bool secretsPersisted);
    void secretsLoaded(const QString &name);

private:
    QWidget *createProfileBar();
    void reloadProfileList(const QString &select, bool loadSelected = true);
    void loadProfileAt(int index);
    void loadSecrets(const b24::ConnectionProfile &profile);
    void secretsArrived(const QString &name, bool ok, const QStringList &secrets, const QString &error);
    void save(bool thenAccept);
    void secretsStored(const QString &name, bool ok, const QString &error, bool thenAccept);
    void showSessionOnlyBanner(const QString &detail);
    void confirmDelete();
    void updateState();
    [[nodiscard]] QString uniqueName(const QString &base) const;
    [[nodiscard]] QStringList savedNames() const;

    b24::ProfileStore *m_profiles;
    b24::SecretStore *m_secrets;
    QLabel *m_banner = nullptr;
    QComboBox *m_profileCombo = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_duplicateButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    ProfileEditor *m_editor = nullptr;
    TokenHelpWidget *m_help = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_loadedName; // saved name of the profile in the editor; empty for an unsaved draft
    quint64 m_loadGeneration = 0; // ignores keychain answers for a profile no longer shown
    bool m_busy = false;
    bool m_newProfilesReadOnly = false;
};

} // namespace b24::ui
