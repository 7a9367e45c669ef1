// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileEditor.h"

#include "BrowserSignInRow.h"
#include "SecretField.h"
#include "net/PortalAddress.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace b24::ui {

namespace {

struct RatePreset {
    double rate;
    int burst;
};
// The portal's leaky bucket per plan (limits.md): Standard 2/50, Enterprise 5/250.
constexpr RatePreset StandardPreset {2.0, 50};
constexpr RatePreset EnterprisePreset {5.0, 250};
enum PresetIndex { StandardIndex, EnterpriseIndex, CustomIndex };

QLabel *makeErrorLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x2b, 0x2b));
    label->setPalette(palette);
    label->hide();
    return label;
}

void showError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

// A form label that points at its field, so the "&" shortcut works for rows that hold a layout.
QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

QLabel *makeHint(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setEnabled(false); // the palette's muted text colour
    return label;
}

} // namespace

ProfileEditor::ProfileEditor(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createPortalSection());
    layout->addWidget(createAuthSection());

    m_advancedToggle = new QToolButton;
    m_advancedToggle->setObjectName(QStringLiteral("advancedToggle"));
    m_advancedToggle->setText(tr("Advanced"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setAutoRaise(true);
    layout->addWidget(m_advancedToggle);
    layout->addWidget(createAdvancedSection());
    connect(m_advancedToggle, &QToolButton::toggled, this, &ProfileEditor::setAdvancedVisible);
    setAdvancedVisible(false);

    setProfile(b24::ConnectionProfile());
}

QWidget *ProfileEditor::createPortalSection()
{
    auto *box = new QGroupBox(tr("Portal"));
    auto *form = new QFormLayout(box);

    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("profileNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Production portal"));
    form->addRow(tr("Profile &name:"), m_name);

    m_portal = new QLineEdit;
    m_portal->setObjectName(QStringLiteral("portalEdit"));
    m_portal->setPlaceholderText(tr("yourcompany.bitrix24.com"));
    m_portal->setToolTip(tr("The portal's address. A full URL or a …/rest/ address works too; "
                            "an incoming webhook URL does not."));
    m_portalError = makeErrorLabel(QStringLiteral("portalError"));
    auto *portalColumn = new QVBoxLayout;
    portalColumn->setSpacing(2);
    portalColumn->addWidget(m_portal);
    portalColumn->addWidget(m_portalError);
    m_httpWarning
        = new QLabel(tr("Plain HTTP: the token travels unencrypted. Use it only on a trusted intranet."));
    m_httpWarning->setObjectName(QStringLiteral("plainHttpWarning"));
    m_httpWarning->setWordWrap(true);
    QPalette warningPalette = m_httpWarning->palette();
    warningPalette.setColor(QPalette::WindowText, QColor(0xa8, 0x6a, 0x00));
    m_httpWarning->setPalette(warningPalette);
    m_httpWarning->hide();
    portalColumn->addWidget(m_httpWarning);
    form->addRow(buddyLabel(tr("Portal &address:"), m_portal), portalColumn);

    m_allowHttp = new QCheckBox(tr("Allow plain HTTP (on-premise intranet only)"));
    m_allowHttp->setObjectName(QStringLiteral("allowHttpCheck"));
    m_allowHttp->setToolTip(tr("Plain HTTP sends the token unencrypted. Use it only for a self-hosted "
                               "portal on a network you trust."));
    form->addRow(QString(), m_allowHttp);

    m_readOnly = new QCheckBox(tr("Read-only: never change the queue with this profile"));
    m_readOnly->setObjectName(QStringLiteral("readOnlyCheck"));
    m_readOnly->setToolTip(tr("Disables clear, reserve and mark-as-error; browsing and export still work."));
    form->addRow(QString(), m_readOnly);

    connect(m_name, &QLineEdit::textChanged, this, &ProfileEditor::validate);
    connect(m_portal, &QLineEdit::textChanged, this, &ProfileEditor::validate);
    connect(m_allowHttp, &QCheckBox::toggled, this, &ProfileEditor::validate);
    connect(m_readOnly, &QCheckBox::toggled, this, &ProfileEditor::changed);
    return box;
}

QWidget *ProfileEditor::createAuthSection()
{
    auto *box = new QGroupBox(tr("Application authorization (OAuth)"));
    auto *form = new QFormLayout(box);

    m_accessToken = new SecretField(QStringLiteral("accessTokenEdit"));
    m_accessToken->setPlaceholderText(tr("access_token of a local or marketplace application"));
    form->addRow(tr("Access &token:"), m_accessToken);

    m_refreshToken = new SecretField(QStringLiteral("refreshTokenEdit"));
    m_refreshToken->setPlaceholderText(tr("optional: renews the access token every hour"));
    form->addRow(tr("&Refresh token:"), m_refreshToken);

    m_clientId = new QLineEdit;
    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientId->setPlaceholderText(tr("application ID (client_id), needed for refresh"));
    form->addRow(tr("Client &ID:"), m_clientId);

    m_clientSecret = new SecretField(QStringLiteral("clientSecretEdit"));
    m_clientSecret->setPlaceholderText(tr("application key (client_secret), needed for refresh"));
    form->addRow(tr("Client &secret:"), m_clientSecret);

    m_signIn = new BrowserSignInRow;
    m_signIn->setObjectName(QStringLiteral("browserSignInRow"));
    form->addRow(tr("Or sign in:"), m_signIn);
    connect(m_signIn, &BrowserSignInRow::startRequested, this, &ProfileEditor::startBrowserSignIn);
    connect(m_signIn, &BrowserSignInRow::portChanged, this, &ProfileEditor::changed);
    connect(m_signIn, &BrowserSignInRow::signedIn, this, [this](const b24::Credentials &signedIn) {
        m_accessToken->setText(signedIn.accessToken);
        m_refreshToken->setText(signedIn.refreshToken);
    });

    m_authConnector = new QLineEdit;
    m_authConnector->setObjectName(QStringLiteral("authConnectorEdit"));
    m_authConnector->setPlaceholderText(tr("optional: the key the handlers were bound with"));
    m_authConnector->setToolTip(tr("Each auth_connector has its own queue. Enter the key your application "
                                   "passed to event.bind; leave empty for the queue without a connector."));
    form->addRow(tr("auth_&connector:"), m_authConnector);

    for (SecretField *field : {m_accessToken, m_refreshToken, m_clientSecret}) {
        connect(field, &SecretField::textChanged, this, &ProfileEditor::validate);
    }
    connect(m_clientId, &QLineEdit::textChanged, this, &ProfileEditor::validate);
    connect(m_authConnector, &QLineEdit::textChanged, this, &ProfileEditor::changed);
    return box;
}

QWidget *ProfileEditor::createAdvancedSection()
{
    m_advanced = new QGroupBox; // untitled: the "Advanced" toggle above names it
    m_advanced->setObjectName(QStringLiteral("advancedSection"));
    auto *form = new QFormLayout(m_advanced);

    m_tokenEndpoint = new QLineEdit;
    m_tokenEndpoint->setObjectName(QStringLiteral("tokenEndpointEdit"));
    m_endpointError = makeErrorLabel(QStringLiteral("tokenEndpointError"));
    auto *endpointColumn = new QVBoxLayout;
    endpointColumn->setSpacing(2);
    endpointColumn->addWidget(m_tokenEndpoint);
    endpointColumn->addWidget(m_endpointError);
    form->addRow(buddyLabel(tr("Token &endpoint:"), m_tokenEndpoint), endpointColumn);

    m_ratePreset = new QComboBox;
    m_ratePreset->setObjectName(QStringLiteral("ratePresetCombo"));
    m_ratePreset->insertItem(StandardIndex, tr("Standard 2/50"));
    m_ratePreset->insertItem(EnterpriseIndex, tr("Enterprise 5/250"));
    m_ratePreset->insertItem(CustomIndex, tr("Custom"));
    m_ratePreset->setToolTip(tr("The portal answers 503 QUERY_LIMIT_EXCEEDED above its request rate. "
                                "Enterprise plans allow 5 requests/s with a burst of 250, others 2/50."));
    m_rate = new QDoubleSpinBox;
    m_rate->setObjectName(QStringLiteral("rateSpin"));
    m_rate->setRange(0.1, 50.0);
    m_rate->setDecimals(1);
    m_rate->setSingleStep(0.5);
    m_rate->setSuffix(tr(" requests/s"));
    m_burst = new QSpinBox;
    m_burst->setObjectName(QStringLiteral("burstSpin"));
    m_burst->setRange(1, 1000);
    m_burst->setPrefix(tr("burst "));
    auto *rateRow = new QHBoxLayout;
    rateRow->addWidget(m_ratePreset);
    rateRow->addWidget(m_rate);
    rateRow->addWidget(m_burst);
    form->addRow(buddyLabel(tr("Rate &limit:"), m_ratePreset), rateRow);

    m_timeout = new QSpinBox;
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(5, 300);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("How long one request may take. Cloud portals stop a request after 60 s."));
    form->addRow(tr("&Timeout:"), m_timeout);

    m_fingerprint = new QLineEdit;
    m_fingerprint->setObjectName(QStringLiteral("pinnedCertificateEdit"));
    m_fingerprint->setPlaceholderText(tr("optional: SHA-256 of a self-signed certificate"));
    m_fingerprint->setToolTip(tr("For an on-premise portal with a self-signed certificate: the certificate's "
                                 "SHA-256 fingerprint (64 hex digits, colons allowed). Only that certificate "
                                 "is then accepted for this host."));
    m_fingerprintError = makeErrorLabel(QStringLiteral("pinnedCertificateError"));
    auto *fingerprintColumn = new QVBoxLayout;
    fingerprintColumn->setSpacing(2);
    fingerprintColumn->addWidget(m_fingerprint);
    fingerprintColumn->addWidget(m_fingerprintError);
    form->addRow(buddyLabel(tr("Pinned &certificate:"), m_fingerprint), fingerprintColumn);
    form->addRow(QString(),
                 makeHint(tr("Leave these as they are unless you know your portal needs otherwise.")));

    connect(m_tokenEndpoint, &QLineEdit::textChanged, this, &ProfileEditor::validate);
    connect(m_fingerprint, &QLineEdit::textChanged, this, &ProfileEditor::validate);
    connect(m_ratePreset, &QComboBox::activated, this, &ProfileEditor::applyPreset);
    connect(m_rate, &QDoubleSpinBox::valueChanged, this, &ProfileEditor::syncPresetToValues);
    connect(m_burst, &QSpinBox::valueChanged, this, &ProfileEditor::syncPresetToValues);
    connect(m_timeout, &QSpinBox::valueChanged, this, &ProfileEditor::changed);
    return m_advanced;
}

QString ProfileEditor::signInBlocker() const
{
    if (!portalProblem().isEmpty() || m_portal->text().trimmed().isEmpty()) {
        return tr("Enter the portal's address first.");
    }
    if (m_clientId->text().trimmed().isEmpty() || m_clientSecret->text().isEmpty()) {
        return tr("Enter the application's client ID and client secret first: the portal's answer is "
                  "exchanged for tokens with them.");
    }
    return endpointProblem();
}

void ProfileEditor::startBrowserSignIn()
{
    if (!signInBlocker().isEmpty()) {
        return;
    }
    const auto policy = m_allowHttp->isChecked() ? PortalAddress::HttpPolicy::AllowHttp
                                                 : PortalAddress::HttpPolicy::HttpsOnly;
    m_signIn->start(PortalAddress::parse(m_portal->text(), policy), credentials(),
                    normalizeFingerprint(m_fingerprint->text()));
}

void ProfileEditor::setAdvancedVisible(bool visible)
{
    m_advanced->setVisible(visible);
    m_advancedToggle->setChecked(visible);
    m_advancedToggle->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
}

void ProfileEditor::applyPreset(int index)
{
    const RatePreset preset = index == EnterpriseIndex ? EnterprisePreset : StandardPreset;
    if (index == CustomIndex) {
        return;
    }
    m_rate->setValue(preset.rate);
    m_burst->setValue(preset.burst);
}

void ProfileEditor::syncPresetToValues()
{
    const auto matches = [this](const RatePreset &preset) {
        return qFuzzyCompare(m_rate->value(), preset.rate) && m_burst->value() == preset.burst;
    };
    m_ratePreset->setCurrentIndex(matches(StandardPreset)         ? StandardIndex
                                      : matches(EnterprisePreset) ? EnterpriseIndex
                                                                  : CustomIndex);
    Q_EMIT changed();
}

void ProfileEditor::setProfile(const b24::ConnectionProfile &profile)
{
    m_name->setText(profile.name);
    m_portal->setText(profile.portal);
    m_allowHttp->setChecked(profile.allowPlainHttp);
    m_readOnly->setChecked(profile.readOnly);
    m_clientId->setText(profile.clientId);
    m_authConnector->setText(profile.authConnector);
    m_tokenEndpoint->setText(profile.tokenEndpoint.toString());
    m_rateLimitExtras = profile.rateLimit;
    m_rate->setValue(profile.rateLimit.ratePerSecond);
    m_burst->setValue(profile.rateLimit.burst);
    m_timeout->setValue(profile.timeoutSeconds);
    m_fingerprint->setText(profile.pinnedCertificateSha256);
    m_signIn->setPort(profile.signInPort);
    setSecrets({}, {}, {});
    validate();
}

void ProfileEditor::setSecrets(const QString &accessToken, const QString &refreshToken,
                               const QString &clientSecret)
{
    m_accessToken->setText(accessToken);
    m_refreshToken->setText(refreshToken);
    m_clientSecret->setText(clientSecret);
}

b24::ConnectionProfile ProfileEditor::profile() const
{
    b24::ConnectionProfile profile;
    profile.name = m_name->text().trimmed();
    profile.portal = m_portal->text().trimmed();
    profile.allowPlainHttp = m_allowHttp->isChecked();
    profile.readOnly = m_readOnly->isChecked();
    profile.clientId = m_clientId->text().trimmed();
    profile.authConnector = m_authConnector->text().trimmed();
    profile.tokenEndpoint = QUrl(m_tokenEndpoint->text().trimmed());
    profile.rateLimit = m_rateLimitExtras;
    profile.rateLimit.ratePerSecond = m_rate->value();
    profile.rateLimit.burst = m_burst->value();
    profile.timeoutSeconds = m_timeout->value();
    profile.pinnedCertificateSha256 = normalizeFingerprint(m_fingerprint->text());
    profile.signInPort = m_signIn->port();
    return profile;
}

b24::Credentials ProfileEditor::credentials() const
{
    b24::Credentials credentials;
    credentials.accessToken = m_accessToken->text();
    credentials.refreshToken = m_refreshToken->text();
    credentials.clientId = m_clientId->text().trimmed();
    credentials.clientSecret = m_clientSecret->text();
    credentials.authConnector = m_authConnector->text().trimmed();
    credentials.tokenEndpoint = QUrl(m_tokenEndpoint->text().trimmed());
    return credentials;
}

void ProfileEditor::setTakenNames(const QStringList &names)
{
    m_takenNames = names;
    validate();
}

QString ProfileEditor::normalizeFingerprint(const QString &text)
{
    QString hex = text.trimmed().toLower();
    hex.remove(QLatin1Char(':')).remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    return sha256.match(hex).hasMatch() ? hex : QString();
}

QString ProfileEditor::portalProblem() const
{
    const auto policy = m_allowHttp->isChecked() ? PortalAddress::HttpPolicy::AllowHttp
                                                 : PortalAddress::HttpPolicy::HttpsOnly;
    const PortalAddress address = PortalAddress::parse(m_portal->text(), policy);
    return address.isValid() ? QString() : address.error();
}

QString ProfileEditor::endpointProblem() const
{
    const QUrl url(m_tokenEndpoint->text().trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        return tr("Enter the OAuth server's token URL, normally https://oauth.bitrix.info/oauth/token/.");
    }
    const PortalAddress asAddress
        = PortalAddress::parse(url.toString(), PortalAddress::HttpPolicy::HttpsOnly);
    if (url.scheme() != QLatin1String("https") && !asAddress.isValid()) {
        return tr("The token endpoint must use https:// because the client secret is sent to it.");
    }
    return {};
}

QString ProfileEditor::fingerprintProblem() const
{
    if (m_fingerprint->text().trimmed().isEmpty() || !normalizeFingerprint(m_fingerprint->text()).isEmpty()) {
        return {};
    }
    return tr(
        "A SHA-256 fingerprint has 64 hexadecimal digits (colons allowed). Copy it from the certificate "
        "details, or leave the field empty.");
}

QString ProfileEditor::problem() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        return tr("Enter a name for this profile.");
    }
    if (m_takenNames.contains(name, Qt::CaseInsensitive)) {
        return tr("Another profile is already called “%1”. Choose a different name.").arg(name);
    }
    if (QString portal = portalProblem(); !portal.isEmpty()) {
        return portal;
    }
    if (m_accessToken->text().isEmpty() && m_refreshToken->text().isEmpty()) {
        return tr("Enter the application's access token (or a refresh token with client ID and secret).");
    }
    if (m_accessToken->text().contains(QLatin1String("://"))
        || m_accessToken->text().contains(QLatin1Char('/'))) {
        return tr("The access token field holds an address, perhaps an incoming webhook URL. Offline event "
                  "methods accept only an application's OAuth access token (a webhook gets WRONG_AUTH_TYPE): "
                  "paste the access_token value instead.");
    }
    if (m_accessToken->text().isEmpty() && !credentials().canRefresh()) {
        return tr("A refresh token alone is not enough: enter the client ID and client secret too, or an "
                  "access token.");
    }
    if (QString endpoint = endpointProblem(); !endpoint.isEmpty()) {
        return endpoint;
    }
    return fingerprintProblem();
}

QString ProfileEditor::problemNotShownInline() const
{
    QString text = problem();
    for (const QLabel *inlineError : {m_portalError, m_endpointError, m_fingerprintError}) {
        if (!inlineError->isHidden() && inlineError->text() == text) {
            return {};
        }
    }
    return text;
}

void ProfileEditor::validate()
{
    // Say nothing about an address nobody has typed yet; the Connect button stays off anyway.
    showError(m_portalError, m_portal->text().trimmed().isEmpty() ? QString() : portalProblem());
    const PortalAddress address
        = PortalAddress::parse(m_portal->text(), PortalAddress::HttpPolicy::AllowHttp);
    m_httpWarning->setVisible(m_allowHttp->isChecked() && address.isValid() && address.isPlainHttp()
                              && !address.isLoopback());
    const QString endpoint = endpointProblem();
    showError(m_endpointError, endpoint);
    if (!endpoint.isEmpty()) {
        setAdvancedVisible(true);
    }
    const QString fingerprint = fingerprintProblem();
    showError(m_fingerprintError, fingerprint);
    if (!fingerprint.isEmpty()) {
        setAdvancedVisible(true);
    }
    m_signIn->setBlocker(signInBlocker());
    Q_EMIT changed();
}

} // namespace b24::ui
