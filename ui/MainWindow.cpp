// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AboutDialog.h"
#include "ClearConfirmDialog.h"
#include "ClearFlow.h"
#include "ClearProgressDialog.h"
#include "ClearReportDialog.h"
#include "ConnectionDialog.h"
#include "EventDetailView.h"
#include "LoadController.h"
#include "LogPanel.h"
#include "MainWindowActions.h"
#include "MarkErrorDialog.h"
#include "MessageBanner.h"
#include "QueueActionsFlow.h"
#include "QueueBrowser.h"
#include "QueueOverviewModel.h"
#include "QuickFilterField.h"
#include "RecordExportFlow.h"
#include "RecordsFilterProxy.h"
#include "RecordsModel.h"
#include "ReserveDialog.h"
#include "ServerFilterBar.h"
#include "SettingsDialog.h"
#include "WindowStateKeeper.h"
#include "net/RestClient.h"
#include "net/SecretMasker.h"
#include "queue/AuditLog.h"
#include "queue/ClearExecutor.h"
#include "queue/QueueActions.h"
#include "queue/RecordExporter.h"
#include "settings/AppSettings.h"
#include "settings/ProfileStore.h"
#include "settings/SecretStore.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace b24::ui {

MainWindow::MainWindow(QSettings *settings, QWidget *parent)
    : QMainWindow(parent),
      m_settings(settings),
      m_network(new QNetworkAccessManager(this)),
      m_client(new RestClient(m_network, this)),
      m_records(new RecordsModel(this)),
      m_proxy(new RecordsFilterProxy(this)),
      m_overview(new QueueOverviewModel(this))
{
    if (!m_settings) {
        m_ownSettings = std::make_unique<QSettings>();
        m_settings = m_ownSettings.get();
    }
    m_appSettings = std::make_unique<AppSettings>(m_settings);
    m_profiles = std::make_unique<ProfileStore>(m_settings);
    m_audit = std::make_unique<AuditLog>();
    m_readOnly = m_appSettings->readOnlyDefault();

    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Bitrix24 Offline Queue"));
    // The icon is compiled into the executable's resources; test binaries run without it.
    if (const QString icon = QStringLiteral(":/icons/b24-offline-queue.svg"); QFile::exists(icon)) {
        setWindowIcon(QIcon(icon));
    }
    m_proxy->setRecordsModel(m_records);

    m_actions = std::make_unique<MainWindowActions>(this, m_readOnly);
    connectActions();
    createCentralWidget();
    m_actions->populateMenuBar(menuBar(), m_logPanel, m_filterBar);
    m_quickFilter = new QuickFilterField(this);
    m_actions->populateToolBar(addToolBar(tr("Main")), m_logPanel, m_quickFilter);
    connect(m_quickFilter, &QuickFilterField::filterChanged, this, [this](const QString &text) {
        m_proxy->setQuickFilter(text);
        updateStatusTotals();
    });
    connect(m_actions->find, &QAction::triggered, m_quickFilter, &QuickFilterField::focusAndSelect);
    addAction(m_actions->find);
    createFlows();
    createStatusBar();

    connect(m_client, &RestClient::requestLogged, m_logPanel, &LogPanel::addEntry);
    connect(m_client, &RestClient::waiting, this, [this](int ms, const QString &reason) {
        m_waitLabel->setText(tr("Waiting %1 s: %2").arg(QString::number(ms / 1000.0, 'f', 1), reason));
        m_waitLabel->setVisible(true);
        QTimer::singleShot(std::max(ms, 1500), m_waitLabel, [this] { m_waitLabel->setVisible(false); });
    });
    connect(m_client, &RestClient::credentialsRotated, this, [this](const Credentials &credentials) {
        m_credentials = credentials;
        if (m_secrets && !m_profile.name.isEmpty() && !m_demo) {
            m_secrets->store(m_profile.secretKey(), credentials.accessToken, credentials.refreshToken,
                             credentials.clientSecret, [](bool, const QString &) {});
        }
    });

    m_stateKeeper = std::make_unique<WindowStateKeeper>(m_appSettings.get(), this, m_browser->splitter(),
                                                        recordsView()->horizontalHeader());
    m_stateKeeper->restore();
    updateActions();
    updateStatusTotals();
}

MainWindow::~MainWindow()
{
    // These hold raw pointers to the audit log and settings owned by unique_ptr members, which are
    // destroyed before QObject deletes the children; end them first.
    delete m_clearFlow;
    delete m_actionsFlow;
    delete m_load;
}

// ---------------------------------------------------------------------------------------------
// Construction

void MainWindow::connectActions()
{
    const MainWindowActions &a = *m_actions;
    connect(a.connect, &QAction::triggered, this, &MainWindow::openConnectionDialog);
    connect(a.disconnect, &QAction::triggered, this, &MainWindow::disconnectFromPortal);
    connect(a.reload, &QAction::triggered, this, &MainWindow::reload);
    connect(a.cancelLoad, &QAction::triggered, this, &MainWindow::cancelLoad);
    connect(a.exportSelected, &QAction::triggered, this, [this] { exportRecords(true); });
    connect(a.exportAll, &QAction::triggered, this, [this] { exportRecords(false); });
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.selectAll, &QAction::triggered, this, &MainWindow::selectAllInGroup);
    connect(a.invert, &QAction::triggered, this, &MainWindow::invertSelection);
    connect(a.clearSelected, &QAction::triggered, this, [this] { requestClear(ClearPlan::Mode::ById); });
    connect(a.clearByMessage, &QAction::triggered, this,
            [this] { requestClear(ClearPlan::Mode::ByMessageId); });
    connect(a.clearGroup, &QAction::triggered, this, [this] { requestClear(ClearPlan::Mode::EntireGroup); });
    connect(a.reserve, &QAction::triggered, this, &MainWindow::requestReserve);
    connect(a.markError, &QAction::triggered, this, &MainWindow::requestMarkError);
    connect(a.readOnly, &QAction::toggled, this, &MainWindow::setReadOnly);
    connect(a.settings, &QAction::triggered, this, &MainWindow::openSettingsDialog);
    connect(a.about, &QAction::triggered, this, &MainWindow::openAboutDialog);
}

void MainWindow::createCentralWidget()
{
    m_banner = new MessageBanner(this);
    m_filterBar = new ServerFilterBar(this);
    connect(m_filterBar, &ServerFilterBar::applyRequested, this, &MainWindow::reload);
    m_browser = new QueueBrowser(m_records, m_proxy, m_overview, this);
    auto *separator = new QAction(m_browser->recordsView());
    separator->setSeparator(true);
    m_browser->setRecordContextActions({m_actions->clearSelected, m_actions->clearByMessage,
                                        m_actions->markError, separator, m_actions->selectAll,
                                        m_actions->invert, m_actions->exportSelected});
    connect(m_browser, &QueueBrowser::recordSelectionChanged, this, &MainWindow::updateActions);
    connect(m_browser, &QueueBrowser::groupChanged, this, [this] {
        updateStatusTotals();
        updateActions();
    });

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_browser, 1);
    setCentralWidget(central);

    m_logPanel = new LogPanel(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_logPanel);
    m_logPanel->hide();
}

void MainWindow::createFlows()
{
    m_load = new LoadController(m_client, m_records, m_browser, m_banner, m_actions->cancelLoad, this);
    connect(m_load, &LoadController::overviewDue, this, &MainWindow::refreshOverview);
    connect(m_load, &LoadController::finished, this, [this](const QueueLoader::Report &report) {
        updateActions();
        Q_EMIT loadFinished(report);
    });

    m_clearFlow
        = new ClearFlow(m_client, m_audit.get(), m_browser, &m_load->snapshot(), m_records, m_banner, this);
    connect(m_clearFlow, &ClearFlow::confirmed, this, &MainWindow::startClear);
    connect(m_clearFlow, &ClearFlow::finished, this, [this](const ClearReport &report) {
        updateActions();
        Q_EMIT clearFinished(report);
        reload();
    });

    m_actionsFlow = new QueueActionsFlow(m_client, m_audit.get(), m_browser, m_banner, this);
    connect(m_actionsFlow, &QueueActionsFlow::started, this, &MainWindow::updateActions);
    connect(m_actionsFlow, &QueueActionsFlow::finished, this, [this](bool ok) {
        updateActions();
        Q_EMIT actionFinished(ok);
        reload();
    });

    m_exportFlow = new RecordExportFlow(m_banner, this);
}

void MainWindow::createStatusBar()
{
    QStatusBar *bar = statusBar();
    bar->setObjectName(QStringLiteral("statusBar"));
    m_connectionLabel = new QLabel(tr("Not connected"), bar);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_totalsLabel = new QLabel(bar);
    m_totalsLabel->setObjectName(QStringLiteral("totalsLabel"));
    m_readOnlyLabel = new QLabel(tr("READ-ONLY"), bar);
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnlyLabel->setStyleSheet(QStringLiteral("color: #8a5a00; font-weight: bold;"));
    m_readOnlyLabel->setToolTip(tr("Clearing, reserving and marking as error are disabled"));
    m_waitLabel = new QLabel(bar);
    m_waitLabel->setObjectName(QStringLiteral("waitLabel"));
    m_waitLabel->hide();
    bar->addPermanentWidget(m_connectionLabel);
    bar->addPermanentWidget(m_waitLabel);
    bar->addPermanentWidget(m_totalsLabel);
    bar->addPermanentWidget(m_load->progressBar());
    bar->addPermanentWidget(m_load->cancelButton());
    bar->addPermanentWidget(m_readOnlyLabel);
    m_readOnlyLabel->setVisible(m_readOnly);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_clearFlow->isRunning()) {
        // Leaving mid-clear would lose the verified report; stop first.
        m_clearFlow->cancel();
        m_banner->showMessage(ErrorSeverity::Warning, tr("A clear is running"),
                              tr("It stops after the request in flight; close the window again once the "
                                 "report is shown."));
        event->ignore();
        return;
    }
    m_stateKeeper->save();
    QMainWindow::closeEvent(event);
}

// ---------------------------------------------------------------------------------------------
// Connection

void MainWindow::setDemoMode(bool demo)
{
    m_demo = demo;
    setWindowTitle(demo ? tr("Bitrix24 Offline Queue — Sandbox (demo)") : tr("Bitrix24 Offline Queue"));
}

void MainWindow::connectWith(const ConnectionProfile &profile, const Credentials &credentials)
{
    cancelLoad();
    m_profile = profile;
    m_credentials = credentials;
    m_portal = PortalAddress::parse(profile.portal,
                                    profile.allowPlainHttp ? PortalAddress::HttpPolicy::AllowHttp
                                                           : PortalAddress::HttpPolicy::HttpsOnly);
    if (!m_portal.isValid()) {
        m_connected = false;
        m_banner->showMessage(ErrorSeverity::Error, tr("Cannot use this portal address"),
                              m_portal.error().toHtmlEscaped());
        updateActions();
        return;
    }
    m_client->setPortal(m_portal);
    m_client->setCredentials(credentials);
    m_client->setRateLimit(profile.rateLimit);
    m_client->setTransferTimeout(profile.timeoutSeconds * 1000);
    if (!profile.pinnedCertificateSha256.isEmpty()) {
        m_client->pinCertificate(m_portal.host(), profile.pinnedCertificateSha256);
    }
    SecretMasker masker;
    for (const QString &secret :
         {credentials.accessToken, credentials.refreshToken, credentials.clientSecret}) {
        masker.addSecret(secret);
    }
    m_logPanel->setSecretMasker(masker);
    m_logPanel->setRestBase(m_portal.restBase().toString());
    if (profile.readOnly) {
        setReadOnly(true);
    }

    m_load->clearRows();
    m_overview->clear();
    m_connected = false;
    m_lastPreflight.reset();
    m_connectionLabel->setText(tr("Connecting to %1…").arg(portalLabel()));
    m_banner->dismiss();
    ++m_pendingActions;
    updateActions();

    auto *preflight = new Preflight(m_client, this);
    connect(preflight, &Preflight::finished, this, [this, preflight](const Preflight::Report &report) {
        preflight->deleteLater();
        --m_pendingActions;
        onPreflightFinished(report);
    });
    preflight->start();
}

void MainWindow::onPreflightFinished(const Preflight::Report &report)
{
    m_lastPreflight = report;
    m_connected = report.ok;
    if (!report.ok) {
        m_connectionLabel->setText(tr("Not connected: %1").arg(portalLabel()));
        QStringList lines;
        if (!report.failure.explanation.explanation.isEmpty()) {
            lines << report.failure.explanation.explanation.toHtmlEscaped();
        }
        if (!report.failure.explanation.action.isEmpty()) {
            lines << tr("<i>What to do:</i> %1").arg(report.failure.explanation.action.toHtmlEscaped());
        }
        // The first note often restates the failure; show only what it adds.
        const QString said = report.failure.explanation.explanation.left(40);
        for (const QString &note : report.notes) {
            if (said.isEmpty() || !note.contains(said)) {
                lines << QStringLiteral("• ") + note.toHtmlEscaped();
            }
        }
        const QString code
            = report.failure.errorCode.isEmpty() ? report.failure.explanation.code : report.failure.errorCode;
        if (!code.isEmpty()) {
            lines
                << tr("Code: <tt>%1</tt> (HTTP %2)").arg(code.toHtmlEscaped()).arg(report.failure.httpStatus);
        }
        m_banner->showMessage(ErrorSeverity::Error,
                              report.failure.explanation.title.isEmpty()
                                  ? tr("Could not connect to %1").arg(portalLabel())
                                  : tr("Could not connect: %1").arg(report.failure.explanation.title),
                              lines.join(QStringLiteral("<br/>")));
        statusBar()->showMessage(
            tr("Connection failed; see the message above and the request log (Ctrl+L)."));
        updateActions();
        Q_EMIT preflightFinished(false);
        return;
    }
    m_connectionLabel->setText(tr("Connected: %1").arg(portalLabel()));
    if (!report.notes.isEmpty()) {
        QStringList lines;
        for (const QString &note : report.notes) {
            lines << QStringLiteral("• ") + note.toHtmlEscaped();
        }
        m_banner->showMessage(report.offlineExtended.value_or(true) ? ErrorSeverity::Info
                                                                    : ErrorSeverity::Warning,
                              tr("Connected to %1").arg(portalLabel()), lines.join(QStringLiteral("<br/>")));
    }
    if (m_profiles && !m_profile.name.isEmpty() && !m_demo) {
        m_profiles->setLastUsed(m_profile.name);
    }
    updateActions();
    Q_EMIT preflightFinished(true);
    reload();
}

void MainWindow::disconnectFromPortal()
{
    cancelLoad();
    m_connected = false;
    m_client->setCredentials({});
    m_load->clearRows();
    m_overview->clear();
    detailView()->clearRecord();
    m_connectionLabel->setText(tr("Not connected"));
    m_banner->dismiss();
    updateActions();
    updateStatusTotals();
}

QString MainWindow::portalLabel() const
{
    QString label = m_demo ? tr("Sandbox (demo) %1").arg(m_portal.displayHost()) : m_portal.displayHost();
    if (m_portal.restBase().port() > 0 && !m_demo) {
        label += QLatin1Char(':') + QString::number(m_portal.restBase().port());
    }
    if (!m_credentials.authConnector.isEmpty()) {
        label += tr(" · connector %1").arg(m_credentials.authConnector);
    }
    if (m_sessionOnlySecrets && !m_demo) {
        label += tr(" · secrets for this session only (no keychain)");
    }
    return label;
}

// ---------------------------------------------------------------------------------------------
// Loading

bool MainWindow::isLoading() const
{
    return m_load->isRunning();
}

const QueueSnapshot &MainWindow::snapshot() const
{
    return m_load->snapshot();
}

std::optional<ClearReport> MainWindow::lastClearReport() const
{
    return m_clearFlow->lastReport();
}

bool MainWindow::isBusy() const
{
    return isLoading() || m_clearFlow->isRunning() || m_actionsFlow->isBusy() || m_pendingActions > 0;
}

void MainWindow::reload()
{
    if (!m_connected || isLoading()) {
        return;
    }
    const QString problem = m_filterBar->validationError();
    if (!problem.isEmpty()) {
        m_banner->showMessage(ErrorSeverity::Warning, tr("The server filter cannot be sent"),
                              problem.toHtmlEscaped());
        return;
    }
    if (const auto group = m_browser->selection().chosenGroup()) {
        m_browser->setGroupToRestore(group->key());
    }
    m_load->start(m_filterBar->filter());
    updateActions();
}

void MainWindow::cancelLoad()
{
    m_load->cancel();
}

void MainWindow::refreshOverview()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 stuckAfter = m_appSettings->stuckThresholdSeconds();
    m_browser->showGroups(snapshot().groups(stuckAfter, now), snapshot().size(), now, stuckAfter);
    updateStatusTotals();
    updateActions();
}

void MainWindow::updateStatusTotals()
{
    const QLocale locale;
    qint64 unreserved = 0;
    qint64 errors = 0;
    int batches = 0;
    for (const QueueGroup &group : m_overview->groups()) {
        switch (group.kind) {
        case QueueGroup::Kind::Unreserved:
            unreserved = group.count;
            break;
        case QueueGroup::Kind::Errors:
            errors = group.count;
            break;
        case QueueGroup::Kind::Batch:
            ++batches;
            break;
        }
    }
    QString text
        = tr("%1 records · %2 unreserved · %3 errors · %n batch(es)", nullptr, batches)
              .arg(locale.toString(snapshot().size()), locale.toString(unreserved), locale.toString(errors));
    const int stuck = m_overview->stuckCount();
    if (stuck > 0) {
        text += tr(" · <b style='color:#a05000'>%n stuck</b>", nullptr, stuck);
    }
    if (m_proxy->rowCount() != m_records->rowCount()) {
        text += tr(" · %1 shown").arg(locale.toString(m_proxy->rowCount()));
    }
    m_totalsLabel->setText(text);
}

// ---------------------------------------------------------------------------------------------
// Selection

// ---------------------------------------------------------------------------------------------
// Selection

QTableView *MainWindow::recordsView() const
{
    return m_browser->recordsView();
}

QTreeView *MainWindow::overviewView() const
{
    return m_browser->overviewView();
}

EventDetailView *MainWindow::detailView() const
{
    return m_browser->detailView();
}

QList<qint64> MainWindow::selectedIds() const
{
    return m_browser->selection().selectedIds();
}

void MainWindow::selectGroup(const QString &groupKey)
{
    m_browser->selection().selectGroup(groupKey);
}

void MainWindow::selectRecordIds(const QList<qint64> &ids)
{
    m_browser->selection().selectRecordIds(ids);
}

void MainWindow::selectAllInGroup()
{
    // Ctrl+A in the quick filter selects its text, not the rows.
    if (m_quickFilter->hasFocus()) {
        m_quickFilter->selectAll();
        return;
    }
    recordsView()->selectAll();
}

void MainWindow::invertSelection()
{
    m_browser->selection().invert();
}

void MainWindow::updateActions()
{
    ActionState state;
    state.connected = m_connected;
    state.readOnly = m_readOnly;
    state.busy = isBusy();
    state.loading = isLoading();
    state.hasRows = m_records->rowCount() > 0;
    state.hasVisibleRows = m_proxy->rowCount() > 0;
    state.hasSelection = m_browser->selection().hasSelection();
    if (state.hasSelection) {
        state.selectionGroup = m_browser->selection().selectionGroup(&state.selectionProblem);
    }
    state.chosenGroup = m_browser->selection().chosenGroup();
    state.offlineExtendedMissing = m_lastPreflight && m_lastPreflight->offlineExtended.has_value()
        && !*m_lastPreflight->offlineExtended;
    m_actions->applyState(state);
    m_filterBar->setEnabled(m_connected && !state.busy);
}

// ---------------------------------------------------------------------------------------------
// Destructive actions

void MainWindow::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (m_actions->readOnly->isChecked() != readOnly) {
        m_actions->readOnly->setChecked(readOnly);
    }
    m_readOnlyLabel->setVisible(readOnly);
    updateActions();
}

void MainWindow::setClearValuesPerCommand(int values)
{
    m_clearFlow->setValuesPerCommand(values);
}

QString MainWindow::auditLogPath() const
{
    return m_audit->filePath();
}

void MainWindow::setAuditLogPath(const QString &path)
{
    auto audit = std::make_unique<AuditLog>(path);
    m_clearFlow->setAuditLog(audit.get());
    m_actionsFlow->setAuditLog(audit.get());
    m_audit = std::move(audit);
}

void MainWindow::requestClear(ClearPlan::Mode mode)
{
    if (m_readOnly) {
        statusBar()->showMessage(tr("Read-only mode is on: nothing was sent."), 8000);
        return;
    }
    if (!m_connected || isBusy()) {
        statusBar()->showMessage(tr("Not ready to clear: connect and wait for the load to finish."), 8000);
        return;
    }
    m_clearFlow->request(mode, m_portal.restBase().toString(), m_credentials.authConnector,
                         m_appSettings->exportBeforeClear());
}

void MainWindow::startClear(const ClearPlan &plan)
{
    // Read-only may have been switched on while the confirmation was open.
    if (m_readOnly || !plan.isValid()) {
        return;
    }
    m_clearFlow->start(plan);
    updateActions();
}

void MainWindow::requestReserve()
{
    if (m_readOnly || !m_connected || isBusy()) {
        statusBar()->showMessage(tr("Reserving is not available now: nothing was sent."), 8000);
        return;
    }
    m_actionsFlow->requestReserve(m_portal.restBase().toString(), m_load->loadedFilter());
}

void MainWindow::requestMarkError()
{
    if (m_readOnly || !m_connected || isBusy()) {
        statusBar()->showMessage(tr("Marking as error is not available now: nothing was sent."), 8000);
        return;
    }
    m_actionsFlow->requestMarkError(m_portal.restBase().toString());
}

void MainWindow::exportRecords(bool selectedOnly)
{
    m_exportFlow->exportEvents(selectedOnly ? m_browser->selection().selectedEvents() : m_records->events(),
                               selectedOnly);
}

// ---------------------------------------------------------------------------------------------
// Dialogs owned by the other window parts

void MainWindow::openConnectionDialog()
{
    if (!m_secrets) {
        m_secrets = new SecretStore(QStringLiteral("b24-offline-queue"), this);
    }
    auto *dialog = new ConnectionDialog(m_profiles.get(), m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNewProfilesReadOnly(m_appSettings->readOnlyDefault());
    const QString last = m_profiles->lastUsed();
    if (!last.isEmpty()) {
        dialog->selectProfile(last);
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (m_secrets->sessionOnly()) {
            statusBar()->showMessage(
                tr("No keychain available: the secrets are kept for this session only."));
        }
        setDemoMode(false);
        connectWith(dialog->profile(), dialog->credentials());
    });
    dialog->open();
}

void MainWindow::openSettingsDialog()
{
    auto *dialog = new SettingsDialog(m_appSettings.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAuditFilePath(m_audit->filePath());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->auditFilePath() != m_audit->filePath()) {
            setAuditLogPath(dialog->auditFilePath());
        }
        // The stuck threshold may have changed.
        refreshOverview();
    });
    dialog->open();
}

void MainWindow::openAboutDialog()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace b24::ui
