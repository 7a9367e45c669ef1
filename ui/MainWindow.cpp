// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AboutDialog.h"
#include "ClearFlow.h"
#include "ConnectionController.h"
#include "EventDetailView.h"
#include "LoadController.h"
#include "LogPanel.h"
#include "MainWindowActions.h"
#include "MessageBanner.h"
#include "QueueActionsFlow.h"
#include "QueueBrowser.h"
#include "QueueOverviewModel.h"
#include "QuickFilterField.h"
#include "RecordExportFlow.h"
#include "RecordsFilterProxy.h"
#include "RecordsModel.h"
#include "ServerFilterBar.h"
#include "SettingsDialog.h"
#include "StatusIndicators.h"
#include "WindowStateKeeper.h"
#include "net/RestClient.h"
#include "queue/AuditLog.h"
#include "settings/AppSettings.h"
#include "settings/ProfileStore.h"

#include <QAction>
#include <QCloseEvent>
#include <QDateTime>
#include <QFile>
#include <QHeaderView>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace b24::ui {

// The window wires its parts together and keeps the two facts they all ask about: whether it is
// read-only and whether something is running. The parts do the work: MainWindowActions (labels,
// menus, enabled state), QueueBrowser (views, selection), ConnectionController (connect,
// preflight), LoadController (paged load), ClearFlow / QueueActionsFlow / RecordExportFlow.

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

    connect(m_client, &RestClient::requestLogged, m_logPanel, &LogPanel::addEntry);
    connect(m_client, &RestClient::waiting, this,
            [this](int ms, const QString &reason) { m_status->showWaiting(ms, reason); });

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
    connect(a.connect, &QAction::triggered, this,
            [this] { m_connection->openDialog(m_appSettings->readOnlyDefault()); });
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
    m_status = std::make_unique<StatusIndicators>(statusBar(), m_load->progressBar(), m_load->cancelButton(),
                                                  m_readOnly);

    m_connection = new ConnectionController(m_client, m_profiles.get(), m_logPanel, m_banner,
                                            m_status->connectionLabel(), this);
    connect(m_connection, &ConnectionController::connectRequested, this,
            [this](const ConnectionProfile &profile, const Credentials &credentials) {
                setDemoMode(false);
                connectWith(profile, credentials);
            });
    connect(m_connection, &ConnectionController::preflightFinished, this, [this](bool ok) {
        updateActions();
        Q_EMIT preflightFinished(ok);
        if (ok) {
            reload();
        }
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
    m_connection->setDemo(demo);
    setWindowTitle(demo ? tr("Bitrix24 Offline Queue — Sandbox (demo)") : tr("Bitrix24 Offline Queue"));
}

void MainWindow::setSecretStore(SecretStore *secrets)
{
    m_connection->setSecretStore(secrets);
}

void MainWindow::connectWith(const ConnectionProfile &profile, const Credentials &credentials)
{
    cancelLoad();
    if (!m_connection->prepare(profile, credentials)) {
        updateActions();
        return;
    }
    if (profile.readOnly) {
        setReadOnly(true);
    }
    m_load->clearRows();
    m_overview->clear();
    m_connection->startPreflight();
    updateActions();
}

void MainWindow::disconnectFromPortal()
{
    cancelLoad();
    m_connection->forget();
    m_load->clearRows();
    m_overview->clear();
    detailView()->clearRecord();
    updateActions();
    updateStatusTotals();
}

bool MainWindow::isConnected() const
{
    return m_connection->isConnected();
}

std::optional<Preflight::Report> MainWindow::lastPreflight() const
{
    return m_connection->lastPreflight();
}

// ---------------------------------------------------------------------------------------------
// Loading

bool MainWindow::isLoading() const
{
    return m_load->isRunning();
}

bool MainWindow::isBusy() const
{
    return isLoading() || m_clearFlow->isRunning() || m_actionsFlow->isBusy()
        || m_connection->isPreflightRunning();
}

const QueueSnapshot &MainWindow::snapshot() const
{
    return m_load->snapshot();
}

void MainWindow::reload()
{
    if (!isConnected() || isLoading()) {
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
    m_status->showTotals(*m_overview, snapshot().size(), m_proxy->rowCount(), m_records->rowCount());
}

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
    const RecordSelection &selection = m_browser->selection();
    const auto preflight = m_connection->lastPreflight();
    ActionState state;
    state.connected = isConnected();
    state.readOnly = m_readOnly;
    state.busy = isBusy();
    state.loading = isLoading();
    state.hasRows = m_records->rowCount() > 0;
    state.hasVisibleRows = m_proxy->rowCount() > 0;
    state.hasSelection = selection.hasSelection();
    if (state.hasSelection) {
        state.selectionGroup = selection.selectionGroup(&state.selectionProblem);
    }
    state.chosenGroup = selection.chosenGroup();
    state.offlineExtendedMissing
        = preflight && preflight->offlineExtended.has_value() && !*preflight->offlineExtended;
    m_actions->applyState(state);
    m_filterBar->setEnabled(state.connected && !state.busy);
}

// ---------------------------------------------------------------------------------------------
// Actions that change the queue: the window checks they are allowed, the flows do them.

void MainWindow::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (m_actions->readOnly->isChecked() != readOnly) {
        m_actions->readOnly->setChecked(readOnly);
    }
    m_status->setReadOnly(readOnly);
    updateActions();
}

void MainWindow::setClearValuesPerCommand(int values)
{
    m_clearFlow->setValuesPerCommand(values);
}

std::optional<ClearReport> MainWindow::lastClearReport() const
{
    return m_clearFlow->lastReport();
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
    if (!isConnected() || isBusy()) {
        statusBar()->showMessage(tr("Not ready to clear: connect and wait for the load to finish."), 8000);
        return;
    }
    m_clearFlow->request(mode, m_connection->portal().restBase().toString(),
                         m_connection->credentials().authConnector, m_appSettings->exportBeforeClear());
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
    if (m_readOnly || !isConnected() || isBusy()) {
        statusBar()->showMessage(tr("Reserving is not available now: nothing was sent."), 8000);
        return;
    }
    m_actionsFlow->requestReserve(m_connection->portal().restBase().toString(), m_load->loadedFilter());
}

void MainWindow::requestMarkError()
{
    if (m_readOnly || !isConnected() || isBusy()) {
        statusBar()->showMessage(tr("Marking as error is not available now: nothing was sent."), 8000);
        return;
    }
    m_actionsFlow->requestMarkError(m_connection->portal().restBase().toString());
}

void MainWindow::exportRecords(bool selectedOnly)
{
    m_exportFlow->exportEvents(selectedOnly ? m_browser->selection().selectedEvents() : m_records->events(),
                               selectedOnly);
}

// ---------------------------------------------------------------------------------------------
// Dialogs owned by the other window parts

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
