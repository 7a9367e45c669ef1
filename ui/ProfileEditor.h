// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/Credentials.h"
#include "settings/ConnectionProfile.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace b24::ui {

class BrowserSignInRow;
class SecretField;

// The fields of one connection: where the portal is, the application's OAuth credentials and the
// advanced knobs (token endpoint, rate limit, timeout, pinned certificate). Validates as the admin
// types and says what is wrong right under the field.
class ProfileEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileEditor(QWidget *parent = nullptr);

    void setProfile(const b24::ConnectionProfile &profile); // clears the secret fields
    void setSecrets(const QString &accessToken, const QString &refreshToken, const QString &clientSecret);
    [[nodiscard]] b24::ConnectionProfile profile() const;
    [[nodiscard]] b24::Credentials credentials() const;

    // Empty when the profile can be saved and used; otherwise the first thing to fix.
    [[nodiscard]] QString problem() const;
    [[nodiscard]] bool isComplete() const { return problem().isEmpty(); }
    // problem(), unless it is already shown in red under its field.
    [[nodiscard]] QString problemNotShownInline() const;
    void setTakenNames(const QStringList &names); // other profiles' names, to refuse duplicates
    void setAdvancedVisible(bool visible);

    // "ab:CD 01…" -> "abcd01…"; empty when it is not a SHA-256 fingerprint.
    static QString normalizeFingerprint(const QString &text);

Q_SIGNALS:
    void changed();

private:
    QWidget *createPortalSection();
    QWidget *createAuthSection();
    QWidget *createAdvancedSection();
    void validate();
    void applyPreset(int index);
    void syncPresetToValues();
    QString portalProblem() const;
    QString endpointProblem() const;
    QString fingerprintProblem() const;
    QString signInBlocker() const; // why browser sign-in cannot start yet
    void startBrowserSignIn();

    QLineEdit *m_name = nullptr;
    QLineEdit *m_portal = nullptr;
    QLabel *m_portalError = nullptr;
    QLabel *m_httpWarning = nullptr;
    QCheckBox *m_allowHttp = nullptr;
    QCheckBox *m_readOnly = nullptr;
    SecretField *m_accessToken = nullptr;
    SecretField *m_refreshToken = nullptr;
    QLineEdit *m_clientId = nullptr;
    SecretField *m_clientSecret = nullptr;
    QLineEdit *m_authConnector = nullptr;
    BrowserSignInRow *m_signIn = nullptr;
    QToolButton *m_advancedToggle = nullptr;
    QWidget *m_advanced = nullptr;
    QLineEdit *m_tokenEndpoint = nullptr;
    QLabel *m_endpointError = nullptr;
    QComboBox *m_ratePreset = nullptr;
    QDoubleSpinBox *m_rate = nullptr;
    QSpinBox *m_burst = nullptr;
    QSpinBox *m_timeout = nullptr;
    QLineEdit *m_fingerprint = nullptr;
    QLabel *m_fingerprintError = nullptr;
    QStringList m_takenNames;
    b24::RateLimitConfig m_rateLimitExtras; // retry settings the editor does not show, kept as loaded
};

} // namespace b24::ui
