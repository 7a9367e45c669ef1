// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AboutDialog.h"
#include "ClearConfirmDialog.h"
#include "ClearProgressDialog.h"
#include "ClearReportDialog.h"
#include "ConnectionDialog.h"
#include "EventDetailView.h"
#include "LogPanel.h"
#include "MarkErrorDialog.h"
#include "MessageBanner.h"
#include "QueueOverviewModel.h"
#include "RecordsFilterProxy.h"
#include "RecordsModel.h"
#include "ReserveDialog.h"
#include "ServerFilterBar.h"
#include "SettingsDialog.h"
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

namespace {
constexpr int OverviewRefreshMs = 250;
constexpr int QuickFilterDelayMs = 200;

QIcon themed(const char *name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(name), QApplication::style()->standardIcon(fallback));
}
} // namespace

MainWindow::MainWindow(QSettings *settings, QWidget *parent)
    : QMainWindow(parent),
      m_settings(settings),
      m_network(new QNetworkAccessManager(this)),
      m_client(new RestClient(m_network, this)),
      m_loader(new QueueLoader(m_client, this)),
      m_records(new RecordsModel(this)),
      m_proxy(new RecordsFilterProxy(this)),
      m_overview(new QueueOverviewModel(this)),
      m_overviewTimer(new QTimer(this)),
      m_quickFilterTimer(new QTimer(this))
{
    if (!m_settings) {
        m_ownSettings = std::make_unique<QSettings>();
        m_settings = m_ownSettings.get();
    }
    m_appSettings = std::make_unique<AppSettings>(m_settings);
    m_profiles = std::make_unique<ProfileStore>(m_settings);
    m_audit = std::make_unique<AuditLog>();
    m_actions = new QueueActions(m_client, m_audit.get(), this);
    m_readOnly = m_appSettings->readOnlyDefault();

    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Bitrix24 Offline Queue"));
    // The icon is compiled into the executable's resources; test binaries run without it.
    if (const QString icon = QStringLiteral(":/icons/b24-offline-queue.svg"); QFile::exists(icon)) {
        setWindowIcon(QIcon(icon));
    }
    m_proxy->setRecordsModel(m_records);
    m_overviewTimer->setSingleShot(true);
    m_overviewTimer->setInterval(OverviewRefreshMs);
    connect(m_overviewTimer, &QTimer::timeout, this, &MainWindow::refreshOverview);
    m_quickFilterTimer->setSingleShot(true);
    m_quickFilterTimer->setInterval(QuickFilterDelayMs);

    createActions();
    createCentralWidget();
    createMenus();
    createToolBar();
    createStatusBar();

    connect(m_loader, &QueueLoader::rowsLoaded, this, &MainWindow::onRowsLoaded);
    connect(m_loader, &QueueLoader::progress, this, &MainWindow::onLoadProgress);
    connect(m_loader, &QueueLoader::finished, this, &MainWindow::onLoadFinished);
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

    restoreWindowState();
    updateActions();
    updateStatusTotals();
}

MainWindow::~MainWindow()
{
    // These hold raw pointers to the audit log and settings owned by unique_ptr members, which are
    // destroyed before QObject deletes the children; end them first.
    delete m_executor.data();
    delete m_actions;
    delete m_loader;
}

// ---------------------------------------------------------------------------------------------
// Construction

void MainWindow::createActions()
{
    const auto make = [this](const QString &text, const char *name, const QIcon &icon = {}) {
        auto *action = new QAction(icon, text, this);
        action->setObjectName(QString::fromLatin1(name));
        return action;
    };

    m_connectAction
        = make(tr("&Connect…"), "actionConnect", themed("network-connect", QStyle::SP_DriveNetIcon));
    m_connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_connectAction->setToolTip(tr("Choose or create a connection profile and connect to the portal"));
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::openConnectionDialog);

    m_disconnectAction = make(tr("&Disconnect"), "actionDisconnect");
    m_disconnectAction->setToolTip(tr("Forget the current connection and the loaded rows"));
    connect(m_disconnectAction, &QAction::triggered, this, &MainWindow::disconnectFromPortal);

    m_reloadAction = make(tr("&Reload"), "actionReload", themed("view-refresh", QStyle::SP_BrowserReload));
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_reloadAction->setToolTip(tr("Load the queue again with event.offline.list (read-only) (F5)"));
    connect(m_reloadAction, &QAction::triggered, this, &MainWindow::reload);

    m_cancelLoadAction
        = make(tr("S&top loading"), "actionCancelLoad", themed("process-stop", QStyle::SP_BrowserStop));
    m_cancelLoadAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelLoadAction->setToolTip(tr("Stop the load; the rows loaded so far stay"));
    connect(m_cancelLoadAction, &QAction::triggered, this, &MainWindow::cancelLoad);

    m_exportSelectedAction = make(tr("Export &selected records…"), "actionExportSelected",
                                  themed("document-save", QStyle::SP_DialogSaveButton));
    m_exportSelectedAction->setShortcut(QKeySequence::Save);
    connect(m_exportSelectedAction, &QAction::triggered, this, [this] { exportRecords(true); });
    m_exportAllAction = make(tr("Export &all loaded records…"), "actionExportAll");
    connect(m_exportAllAction, &QAction::triggered, this, [this] { exportRecords(false); });

    m_quitAction = make(tr("&Quit"), "actionQuit", themed("application-exit", QStyle::SP_DialogCloseButton));
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_findAction = make(tr("&Quick filter"), "actionQuickFilter",
                        themed("edit-find", QStyle::SP_FileDialogContentsView));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setToolTip(
        tr("Filter the loaded rows by ID, event, MESSAGE_ID, PROCESS_ID or payload (Ctrl+F)"));

    m_selectAllAction = make(tr("Select &all in group"), "actionSelectAllInGroup");
    m_selectAllAction->setShortcut(QKeySequence::SelectAll);
    m_selectAllAction->setToolTip(tr("Select every row shown for the chosen group"));
    connect(m_selectAllAction, &QAction::triggered, this, &MainWindow::selectAllInGroup);

    m_invertAction = make(tr("&Invert selection"), "actionInvertSelection");
    m_invertAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_invertAction, &QAction::triggered, this, &MainWindow::invertSelection);

    m_clearSelectedAction = make(tr("&Clear selected by ID…"), "actionClearSelected",
                                 themed("edit-delete", QStyle::SP_TrashIcon));
    m_clearSelectedAction->setShortcut(QKeySequence::Delete);
    connect(m_clearSelectedAction, &QAction::triggered, this,
            [this] { requestClear(ClearPlan::Mode::ById); });

    m_clearByMessageAction = make(tr("Clear selected by &MESSAGE_ID…"), "actionClearByMessageId");
    m_clearByMessageAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    connect(m_clearByMessageAction, &QAction::triggered, this,
            [this] { requestClear(ClearPlan::Mode::ByMessageId); });

    m_clearGroupAction = make(tr("Clear &entire group…"), "actionClearGroup",
                              themed("edit-clear-all", QStyle::SP_DialogDiscardButton));
    connect(m_clearGroupAction, &QAction::triggered, this,
            [this] { requestClear(ClearPlan::Mode::EntireGroup); });

    m_reserveAction = make(tr("&Reserve unreserved rows…"), "actionReserve",
                           themed("document-import", QStyle::SP_ArrowDown));
    connect(m_reserveAction, &QAction::triggered, this, &MainWindow::requestReserve);

    m_markErrorAction = make(tr("Mark as &error…"), "actionMarkError",
                             themed("dialog-error", QStyle::SP_MessageBoxCritical));
    connect(m_markErrorAction, &QAction::triggered, this, &MainWindow::requestMarkError);

    m_readOnlyAction
        = make(tr("Read-&only mode"), "actionReadOnly", themed("object-locked", QStyle::SP_DialogNoButton));
    m_readOnlyAction->setCheckable(true);
    m_readOnlyAction->setChecked(m_readOnly);
    m_readOnlyAction->setToolTip(tr("Disable every action that changes the queue"));
    connect(m_readOnlyAction, &QAction::toggled, this, &MainWindow::setReadOnly);

    m_settingsAction = make(tr("&Preferences…"), "actionPreferences",
                            themed("preferences-system", QStyle::SP_FileDialogDetailedView));
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettingsDialog);

    m_aboutAction = make(tr("&About"), "actionAbout", themed("help-about", QStyle::SP_MessageBoxInformation));
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::openAboutDialog);
}

void MainWindow::createCentralWidget()
{
    m_banner = new MessageBanner(this);
    m_filterBar = new ServerFilterBar(this);
    connect(m_filterBar, &ServerFilterBar::applyRequested, this, &MainWindow::reload);

    m_overviewView = new QTreeView(this);
    m_overviewView->setObjectName(QStringLiteral("queueOverview"));
    m_overviewView->setModel(m_overview);
    m_overviewView->setRootIsDecorated(false);
    m_overviewView->setUniformRowHeights(true);
    m_overviewView->setAlternatingRowColors(true);
    m_overviewView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_overviewView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_overviewView->setToolTip(tr("The queue by process: choose a group to see its records"));
    m_overviewView->header()->setStretchLastSection(false);
    m_overviewView->header()->setSectionResizeMode(QueueOverviewModel::GroupColumn, QHeaderView::Stretch);
    const QList<std::pair<int, int>> overviewWidths
        = {{QueueOverviewModel::CountColumn, 90},   {QueueOverviewModel::ErrorsColumn, 70},
           {QueueOverviewModel::OldestColumn, 140}, {QueueOverviewModel::NewestColumn, 140},
           {QueueOverviewModel::AgeColumn, 100},    {QueueOverviewModel::StateColumn, 90}};
    for (const auto &[column, width] : overviewWidths) {
        m_overviewView->header()->resizeSection(column, width);
    }
    connect(m_overviewView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onOverviewSelectionChanged);
    connect(m_overview, &QAbstractItemModel::modelReset, this, [this] {
        // A reset drops the selection; put the chosen group back.
        const int row = m_overview->rowOfKey(m_groupKeyToRestore);
        if (row >= 0) {
            m_overviewView->selectionModel()->select(
                m_overview->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
    });

    m_recordsView = new QTableView(this);
    m_recordsView->setObjectName(QStringLiteral("recordsView"));
    m_recordsView->setModel(m_proxy);
    m_recordsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_recordsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_recordsView->setSortingEnabled(true);
    m_recordsView->sortByColumn(RecordsModel::IdColumn, Qt::AscendingOrder);
    m_recordsView->setAlternatingRowColors(true);
    m_recordsView->setWordWrap(false);
    m_recordsView->setTextElideMode(Qt::ElideRight);
    m_recordsView->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_recordsView->verticalHeader()->hide();
    // Fixed row heights keep scrolling through 100,000 rows cheap.
    m_recordsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_recordsView->verticalHeader()->setDefaultSectionSize(m_recordsView->fontMetrics().height() + 6);
    QHeaderView *header = m_recordsView->horizontalHeader();
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    const QFontMetrics metrics(m_recordsView->font());
    QFont mono = m_recordsView->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    const QFontMetrics monoMetrics(mono);
    // Hashes are shown with their first 14 characters; the tooltip and the detail pane have all 32.
    const int hexWidth = monoMetrics.horizontalAdvance(QString(14, QLatin1Char('f'))) + 16;
    header->resizeSection(RecordsModel::IdColumn, metrics.horizontalAdvance(QStringLiteral("0000000")) + 24);
    header->resizeSection(RecordsModel::TimeColumn,
                          metrics.horizontalAdvance(QStringLiteral("0000-00-00 00:00:00")) + 16);
    header->resizeSection(RecordsModel::EventNameColumn,
                          metrics.horizontalAdvance(QStringLiteral("ONCRMCONTACTUPDATE")) + 16);
    header->resizeSection(RecordsModel::MessageIdColumn, hexWidth);
    header->resizeSection(RecordsModel::ProcessIdColumn, hexWidth);
    header->resizeSection(RecordsModel::ErrorColumn, metrics.horizontalAdvance(QStringLiteral("Error")) + 30);
    m_recordsView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_recordsView->addActions({m_clearSelectedAction, m_clearByMessageAction, m_markErrorAction});
    auto *separator = new QAction(m_recordsView);
    separator->setSeparator(true);
    m_recordsView->addActions({separator, m_selectAllAction, m_invertAction, m_exportSelectedAction});
    connect(m_recordsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_recordsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentRecordChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::onCurrentRecordChanged);

    m_detail = new EventDetailView(this);

    m_tableSplitter = new QSplitter(Qt::Horizontal, this);
    m_tableSplitter->setObjectName(QStringLiteral("tableSplitter"));
    m_tableSplitter->addWidget(m_recordsView);
    m_tableSplitter->addWidget(m_detail);
    m_tableSplitter->setStretchFactor(0, 3);
    m_tableSplitter->setStretchFactor(1, 1);
    m_tableSplitter->setSizes({1100, 400});

    m_mainSplitter = new QSplitter(Qt::Vertical, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_overviewView);
    m_mainSplitter->addWidget(m_tableSplitter);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 3);
    m_mainSplitter->setSizes({190, 600});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_mainSplitter, 1);
    setCentralWidget(central);

    m_logPanel = new LogPanel(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_logPanel);
    m_logPanel->hide();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_connectAction);
    file->addAction(m_disconnectAction);
    file->addSeparator();
    file->addAction(m_exportSelectedAction);
    file->addAction(m_exportAllAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_reloadAction);
    view->addAction(m_cancelLoadAction);
    view->addAction(m_findAction);
    view->addSeparator();
    QAction *logToggle = m_logPanel->toggleViewAction();
    logToggle->setObjectName(QStringLiteral("actionToggleLog"));
    logToggle->setText(tr("Request &log"));
    logToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    logToggle->setToolTip(tr("Show every request with its response and explanation (Ctrl+L)"));
    view->addAction(logToggle);
    QAction *filterToggle = view->addAction(tr("&Server filter bar"));
    filterToggle->setObjectName(QStringLiteral("actionToggleFilterBar"));
    filterToggle->setCheckable(true);
    filterToggle->setChecked(true);
    connect(filterToggle, &QAction::toggled, m_filterBar, &QWidget::setVisible);

    QMenu *queue = menuBar()->addMenu(tr("&Queue"));
    queue->addAction(m_selectAllAction);
    queue->addAction(m_invertAction);
    queue->addSeparator();
    queue->addAction(m_clearSelectedAction);
    queue->addAction(m_clearByMessageAction);
    queue->addAction(m_clearGroupAction);
    queue->addSeparator();
    queue->addAction(m_reserveAction);
    queue->addAction(m_markErrorAction);
    queue->addSeparator();
    queue->addAction(m_readOnlyAction);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(m_settingsAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    // Short toolbar labels; the menus keep the full wording.
    m_clearSelectedAction->setIconText(tr("Clear selected"));
    m_clearGroupAction->setIconText(tr("Clear group"));
    m_reserveAction->setIconText(tr("Reserve"));
    m_markErrorAction->setIconText(tr("Mark as error"));
    m_readOnlyAction->setIconText(tr("Read-only"));
    m_connectAction->setIconText(tr("Connect"));
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    bar->addAction(m_connectAction);
    bar->addAction(m_reloadAction);
    bar->addAction(m_cancelLoadAction);
    bar->addSeparator();
    bar->addAction(m_clearSelectedAction);
    bar->addAction(m_clearGroupAction);
    bar->addAction(m_reserveAction);
    bar->addAction(m_markErrorAction);
    bar->addSeparator();
    bar->addAction(m_readOnlyAction);
    QAction *logToggle = m_logPanel->toggleViewAction();
    logToggle->setIcon(themed("view-list-details", QStyle::SP_FileDialogListView));
    logToggle->setIconText(tr("Log"));
    bar->addAction(logToggle);

    // Icon-only where the tooltip says enough, so the quick filter fits at 1200 px.
    for (QAction *compact : {m_cancelLoadAction, logToggle}) {
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(compact))) {
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        }
    }
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_quickFilter = new QLineEdit(bar);
    m_quickFilter->setObjectName(QStringLiteral("quickFilter"));
    m_quickFilter->setPlaceholderText(tr("Quick filter (Ctrl+F)"));
    m_quickFilter->setClearButtonEnabled(true);
    m_quickFilter->setToolTip(m_findAction->toolTip());
    m_quickFilter->addAction(themed("edit-find", QStyle::SP_FileDialogContentsView),
                             QLineEdit::LeadingPosition);
    m_quickFilter->setMinimumWidth(200);
    bar->addWidget(m_quickFilter);
    connect(m_quickFilter, &QLineEdit::textChanged, m_quickFilterTimer, qOverload<>(&QTimer::start));
    connect(m_quickFilterTimer, &QTimer::timeout, this, [this] {
        m_proxy->setQuickFilter(m_quickFilter->text());
        updateStatusTotals();
    });
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_quickFilter->setFocus(Qt::ShortcutFocusReason);
        m_quickFilter->selectAll();
    });
    addAction(m_findAction);
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
    m_loadProgress = new QProgressBar(bar);
    m_loadProgress->setObjectName(QStringLiteral("loadProgress"));
    m_loadProgress->setMaximumWidth(220);
    m_loadProgress->setTextVisible(true);
    m_loadProgress->hide();
    m_cancelLoadButton = new QToolButton(bar);
    m_cancelLoadButton->setObjectName(QStringLiteral("cancelLoadButton"));
    m_cancelLoadButton->setDefaultAction(m_cancelLoadAction);
    m_cancelLoadButton->setAutoRaise(true);
    m_cancelLoadButton->hide();
    bar->addPermanentWidget(m_connectionLabel);
    bar->addPermanentWidget(m_waitLabel);
    bar->addPermanentWidget(m_totalsLabel);
    bar->addPermanentWidget(m_loadProgress);
    bar->addPermanentWidget(m_cancelLoadButton);
    bar->addPermanentWidget(m_readOnlyLabel);
    m_readOnlyLabel->setVisible(m_readOnly);
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = m_appSettings->bytes(AppSettings::Key::WindowGeometry);
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        resize(1500, 900);
    }
    restoreState(m_appSettings->bytes(AppSettings::Key::WindowState));
    const QByteArray splitter = m_appSettings->bytes(AppSettings::Key::SplitterState);
    if (!splitter.isEmpty()) {
        m_mainSplitter->restoreState(splitter);
    }
    const QByteArray headerState = m_appSettings->bytes(AppSettings::Key::RecordsHeaderState);
    if (!headerState.isEmpty()) {
        m_recordsView->horizontalHeader()->restoreState(headerState);
    }
}

void MainWindow::saveWindowState()
{
    m_appSettings->setBytes(AppSettings::Key::WindowGeometry, saveGeometry());
    m_appSettings->setBytes(AppSettings::Key::WindowState, saveState());
    m_appSettings->setBytes(AppSettings::Key::SplitterState, m_mainSplitter->saveState());
    m_appSettings->setBytes(AppSettings::Key::RecordsHeaderState,
                            m_recordsView->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_executor && m_executor->isRunning()) {
        // Leaving mid-clear would lose the verified report; stop first.
        m_executor->cancel();
        m_banner->showMessage(ErrorSeverity::Warning, tr("A clear is running"),
                              tr("It stops after the request in flight; close the window again once the "
                                 "report is shown."));
        event->ignore();
        return;
    }
    saveWindowState();
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

    m_records->clear();
    m_snapshot.clear();
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
    m_records->clear();
    m_snapshot.clear();
    m_overview->clear();
    m_detail->clearRecord();
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
    return m_loader->isRunning();
}

bool MainWindow::isBusy() const
{
    return isLoading() || (m_executor && m_executor->isRunning()) || m_pendingActions > 0;
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
    m_loadedFilter = m_filterBar->filter();
    if (const auto group = chosenGroup()) {
        m_groupKeyToRestore = group->key();
    }
    m_detail->clearRecord();
    m_records->clear();
    m_snapshot.clear();
    m_loadProgress->setRange(0, 0);
    m_loadProgress->setFormat(tr("Loading…"));
    m_loadProgress->show();
    m_cancelLoadButton->show();
    statusBar()->showMessage(tr("Loading the queue with event.offline.list…"));
    m_loader->start(m_loadedFilter);
    updateActions();
}

void MainWindow::cancelLoad()
{
    if (m_loader->isRunning()) {
        m_loader->cancel();
    }
}

void MainWindow::onRowsLoaded(const QList<OfflineEvent> &rows)
{
    m_snapshot.append(rows);
    m_records->appendRows(rows);
    if (!m_overviewTimer->isActive()) {
        m_overviewTimer->start();
    }
    if (!m_recordsView->currentIndex().isValid() && m_proxy->rowCount() > 0) {
        m_recordsView->selectionModel()->setCurrentIndex(m_proxy->index(0, 0), QItemSelectionModel::NoUpdate);
    }
}

void MainWindow::onLoadProgress(qint64 loaded, qint64 total)
{
    if (total > 0) {
        // QProgressBar holds ints; queues never get near INT_MAX rows.
        m_loadProgress->setRange(0, int(std::min<qint64>(total, INT_MAX)));
        m_loadProgress->setValue(int(std::min(loaded, total)));
        m_loadProgress->setFormat(tr("%1 of %2").arg(QLocale().toString(loaded), QLocale().toString(total)));
    }
}

void MainWindow::onLoadFinished(const QueueLoader::Report &report)
{
    m_loadProgress->hide();
    m_cancelLoadButton->hide();
    m_overviewTimer->stop();
    refreshOverview();
    const QString rows = QLocale().toString(report.rowsLoaded);
    if (report.completed) {
        statusBar()->showMessage(
            tr("Loaded %1 records in %n request(s).", nullptr, report.requests).arg(rows), 8000);
    } else if (report.cancelled) {
        statusBar()->showMessage(tr("Loading stopped: %1 records loaded; the view is incomplete.").arg(rows));
        m_banner->showMessage(
            ErrorSeverity::Warning, tr("Loading stopped"),
            tr("%1 of %2 records were loaded. Counts and groups cover only these; press F5 to "
               "load everything.")
                .arg(rows, QLocale().toString(report.totalAtStart)));
    } else {
        statusBar()->showMessage(tr("Loading failed after %1 records.").arg(rows));
        m_banner->showError(report.failure.explanation,
                            tr("Loading stopped after %1 records (%2).").arg(rows, report.failure.method));
    }
    updateActions();
    Q_EMIT loadFinished(report);
}

void MainWindow::refreshOverview()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 stuckAfter = m_appSettings->stuckThresholdSeconds();
    m_overview->setGroups(m_snapshot.groups(stuckAfter, now), m_snapshot.size(), now, stuckAfter);
    if (!m_overviewView->selectionModel()->hasSelection() && m_overview->rowCount() > 0) {
        const int row = std::max(0, m_overview->rowOfKey(m_groupKeyToRestore));
        m_overviewView->selectionModel()->select(
            m_overview->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    // Keep the chosen group's filter in step with the new counts (its rows may have changed).
    const auto group = chosenGroup();
    if (group.has_value() != m_proxy->group().has_value()
        || (group && group->key() != m_proxy->group()->key())) {
        m_proxy->setGroup(group);
    }
    updateStatusTotals();
    updateActions();
}

void MainWindow::onOverviewSelectionChanged()
{
    const auto group = chosenGroup();
    m_groupKeyToRestore = group ? group->key() : QString();
    m_recordsView->clearSelection();
    m_proxy->setGroup(group);
    if (m_proxy->rowCount() > 0) {
        m_recordsView->selectionModel()->setCurrentIndex(m_proxy->index(0, 0), QItemSelectionModel::NoUpdate);
    }
    onCurrentRecordChanged();
    updateStatusTotals();
    updateActions();
}

void MainWindow::onCurrentRecordChanged()
{
    const QModelIndex current = m_recordsView->currentIndex();
    if (!current.isValid()) {
        m_detail->clearRecord();
        return;
    }
    const QModelIndex source = m_proxy->mapToSource(current);
    if (!source.isValid()) {
        m_detail->clearRecord();
        return;
    }
    m_detail->setRecord(m_records->eventAt(source.row()));
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
              .arg(locale.toString(m_snapshot.size()), locale.toString(unreserved), locale.toString(errors));
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

std::optional<QueueGroup> MainWindow::chosenGroup() const
{
    const QModelIndexList rows = m_overviewView->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return std::nullopt;
    }
    return m_overview->groupAt(rows.first().row());
}

std::optional<QueueGroup> MainWindow::groupByKey(const QString &key) const
{
    const int row = m_overview->rowOfKey(key);
    return row > 0 ? m_overview->groupAt(row) : std::nullopt;
}

QList<qint64> MainWindow::selectedIds() const
{
    const QModelIndexList rows = m_recordsView->selectionModel()->selectedRows();
    QList<int> proxyRows;
    proxyRows.reserve(rows.size());
    for (const QModelIndex &index : rows) {
        proxyRows.append(index.row());
    }
    std::sort(proxyRows.begin(), proxyRows.end());
    return m_proxy->idsOfRows(proxyRows);
}

std::optional<QueueGroup> MainWindow::selectionGroup(QString *why) const
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty()) {
        *why = tr("Nothing is selected: select the records to act on first.");
        return std::nullopt;
    }
    QString key;
    for (qint64 id : ids) {
        const OfflineEvent *event = m_records->eventById(id);
        if (!event) {
            continue;
        }
        const QString eventKey = RecordsModel::groupKeyOf(*event);
        if (key.isEmpty()) {
            key = eventKey;
        } else if (key != eventKey) {
            *why = tr("The selection spans several groups (for example unreserved rows and a batch). A clear "
                      "addresses one group: choose it in the overview and select there.");
            return std::nullopt;
        }
    }
    const auto group = groupByKey(key);
    if (!group) {
        *why = tr("The selected rows' group is not in the overview; reload (F5).");
    }
    return group;
}

void MainWindow::selectGroup(const QString &groupKey)
{
    const int row = m_overview->rowOfKey(groupKey);
    if (row < 0) {
        return;
    }
    m_overviewView->selectionModel()->select(m_overview->index(row, 0),
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_overviewView->setCurrentIndex(m_overview->index(row, 0));
}

void MainWindow::selectRecordIds(const QList<qint64> &ids)
{
    QItemSelection selection;
    for (qint64 id : ids) {
        const int sourceRow = m_records->rowOfId(id);
        if (sourceRow < 0) {
            continue;
        }
        const QModelIndex proxyIndex = m_proxy->mapFromSource(m_records->index(sourceRow, 0));
        if (proxyIndex.isValid()) {
            selection.select(proxyIndex, proxyIndex);
        }
    }
    m_recordsView->selectionModel()->select(selection,
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!selection.isEmpty()) {
        m_recordsView->selectionModel()->setCurrentIndex(selection.first().topLeft(),
                                                         QItemSelectionModel::NoUpdate);
    }
}

void MainWindow::selectAllInGroup()
{
    if (m_quickFilter->hasFocus()) {
        m_quickFilter->selectAll();
        return;
    }
    m_recordsView->selectAll();
}

void MainWindow::invertSelection()
{
    QItemSelectionModel *model = m_recordsView->selectionModel();
    const int rows = m_proxy->rowCount();
    const int lastColumn = m_proxy->columnCount() - 1;
    QItemSelection inverted;
    int runStart = -1;
    for (int row = 0; row <= rows; ++row) {
        const bool unselected = row < rows && !model->isRowSelected(row, {});
        if (unselected && runStart < 0) {
            runStart = row;
        } else if (!unselected && runStart >= 0) {
            inverted.select(m_proxy->index(runStart, 0), m_proxy->index(row - 1, lastColumn));
            runStart = -1;
        }
    }
    model->select(inverted, QItemSelectionModel::ClearAndSelect);
}

void MainWindow::updateActions()
{
    const bool busy = isBusy();
    const bool loading = isLoading();
    const bool hasRows = m_records->rowCount() > 0;
    const bool canChange = m_connected && !m_readOnly && !busy;
    const bool hasSelection = m_recordsView->selectionModel()->hasSelection();

    m_connectAction->setEnabled(!busy);
    m_disconnectAction->setEnabled(m_connected && !busy);
    m_reloadAction->setEnabled(m_connected && !busy);
    m_cancelLoadAction->setEnabled(loading);
    m_exportSelectedAction->setEnabled(hasSelection);
    m_exportAllAction->setEnabled(hasRows);
    m_selectAllAction->setEnabled(m_proxy->rowCount() > 0);
    m_invertAction->setEnabled(m_proxy->rowCount() > 0);
    m_filterBar->setEnabled(m_connected && !busy);

    QString why;
    const auto selected = hasSelection ? selectionGroup(&why) : std::nullopt;
    if (!hasSelection) {
        why = tr("Select the records to clear first (nothing is sent for an empty selection).");
    }
    const QString blocked = m_readOnly ? tr("Read-only mode is on.")
        : !m_connected                 ? tr("Not connected.")
        : busy                         ? tr("Wait for the running load or action to finish.")
                                       : QString();
    const auto setState
        = [](QAction *action, bool enabled, const QString &enabledTip, const QString &disabledTip) {
              action->setEnabled(enabled);
              action->setToolTip(enabled ? enabledTip : disabledTip);
              action->setStatusTip(action->toolTip());
          };
    setState(m_clearSelectedAction, canChange && selected.has_value(),
             tr("Delete exactly the selected records (event.offline.clear with their IDs) (Delete)"),
             blocked.isEmpty() ? why : blocked);
    setState(m_clearByMessageAction, canChange && selected.has_value(),
             tr("Delete every row of the group that shares a MESSAGE_ID with the selection (Shift+Delete)"),
             blocked.isEmpty() ? why : blocked);
    const auto chosen = chosenGroup();
    setState(m_clearGroupAction, canChange && chosen.has_value() && chosen->count > 0,
             tr("Delete every loaded record of the chosen group (asks you to type the count)"),
             blocked.isEmpty() ? tr("Choose a group (not \"All loaded records\") in the overview first.")
                               : blocked);
    const bool extendedOff = m_lastPreflight && m_lastPreflight->offlineExtended.has_value()
        && !*m_lastPreflight->offlineExtended;
    setState(
        m_reserveAction, canChange && !extendedOff,
        tr("Give unreserved rows a process id (event.offline.get clear=0) so they can be cleared as a batch"),
        blocked.isEmpty() ? tr("The portal's plan lacks rest_offline_extended, which reserving needs.")
                          : blocked);
    const bool batchSelected = selected && selected->kind == QueueGroup::Kind::Batch;
    setState(m_markErrorAction, canChange && batchSelected,
             tr("Mark the selected rows of this batch as failed (event.offline.error)"),
             blocked.isEmpty()
                 ? (selected ? tr("Only rows of a reserved batch can be marked as error.") : why)
                 : blocked);
}

// ---------------------------------------------------------------------------------------------
// Destructive actions

void MainWindow::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (m_readOnlyAction->isChecked() != readOnly) {
        m_readOnlyAction->setChecked(readOnly);
    }
    m_readOnlyLabel->setVisible(readOnly);
    updateActions();
}

void MainWindow::setClearValuesPerCommand(int values)
{
    m_valuesPerCommand = std::clamp(values, 1, int(ClearPlan::MaxValuesPerCommand));
}

QString MainWindow::auditLogPath() const
{
    return m_audit->filePath();
}

void MainWindow::setAuditLogPath(const QString &path)
{
    m_audit = std::make_unique<AuditLog>(path);
    delete m_actions;
    m_actions = new QueueActions(m_client, m_audit.get(), this);
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
    std::optional<QueueGroup> group;
    QList<qint64> ids;
    QStringList messageIds;
    QList<OfflineEvent> records;
    QString why;
    if (mode == ClearPlan::Mode::EntireGroup) {
        group = chosenGroup();
        if (!group) {
            why = tr("Choose a group (not \"All loaded records\") in the overview first.");
        } else {
            records = m_snapshot.eventsIn(*group);
            for (const OfflineEvent &event : std::as_const(records)) {
                ids.append(event.id);
            }
        }
    } else {
        group = selectionGroup(&why);
        if (group) {
            ids = selectedIds();
            for (qint64 id : std::as_const(ids)) {
                if (const OfflineEvent *event = m_records->eventById(id)) {
                    if (!messageIds.contains(event->messageId)) {
                        messageIds.append(event->messageId);
                    }
                    records.append(*event);
                }
            }
            if (mode == ClearPlan::Mode::ByMessageId) {
                // Every loaded row of the group with one of these MESSAGE_IDs goes, not only the selected.
                records.clear();
                for (const OfflineEvent &event : m_snapshot.eventsIn(*group)) {
                    if (messageIds.contains(event.messageId)) {
                        records.append(event);
                    }
                }
                ids.clear();
            } else {
                messageIds.clear();
            }
        }
    }
    if (!group || (ids.isEmpty() && messageIds.isEmpty())) {
        m_banner->showMessage(ErrorSeverity::Warning, tr("Nothing to clear"),
                              (why.isEmpty() ? tr("The scope is empty.") : why).toHtmlEscaped()
                                  + tr("<br/>Nothing was sent to the portal."));
        return;
    }
    const ClearPlan plan = ClearPlan::make(*group, mode, ids, messageIds, m_valuesPerCommand);
    if (!plan.isValid()) {
        m_banner->showMessage(ErrorSeverity::Warning, tr("This clear cannot be sent"),
                              plan.error.toHtmlEscaped() + tr("<br/>Nothing was sent to the portal."));
        return;
    }
    auto *dialog = new ClearConfirmDialog(plan, m_portal.restBase().toString(), m_credentials.authConnector,
                                          records, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_appSettings->exportBeforeClear()) {
        dialog->setExportFirst(true);
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] { startClear(dialog->plan()); });
    dialog->open();
}

void MainWindow::startClear(const ClearPlan &plan)
{
    if (m_readOnly || !plan.isValid()) {
        return;
    }
    auto *executor = new ClearExecutor(m_client, m_audit.get(), this);
    m_executor = executor;
    auto *progress = new ClearProgressDialog(executor, int(plan.requests.size()), this);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(executor, &ClearExecutor::finished, this, [this, executor](const ClearReport &report) {
        executor->deleteLater();
        onClearFinished(report);
    });
    statusBar()->showMessage(plan.describe());
    executor->start(plan);
    progress->open();
    updateActions();
}

void MainWindow::onClearFinished(const ClearReport &report)
{
    m_lastReport = report;
    auto *dialog = new ClearReportDialog(report, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    statusBar()->showMessage(report.summary());
    m_executor.clear();
    updateActions();
    Q_EMIT clearFinished(report);
    reload();
}

void MainWindow::requestReserve()
{
    if (m_readOnly || !m_connected || isBusy()) {
        statusBar()->showMessage(tr("Reserving is not available now: nothing was sent."), 8000);
        return;
    }
    qint64 unreserved = 0;
    if (const auto group = groupByKey(QStringLiteral("unreserved"))) {
        unreserved = group->count;
    }
    auto *dialog = new ReserveDialog(m_portal.restBase().toString(), m_loadedFilter, unreserved, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const int limit = dialog->limit();
        RestCall *call = m_actions->reserve(limit, dialog->filter());
        ++m_pendingActions;
        updateActions();
        connect(call, &RestCall::finished, this, [this](const RestResult &result) {
            --m_pendingActions;
            if (result.ok()) {
                const QJsonObject object = result.result.toObject();
                const QString processId = object.value(QStringLiteral("process_id")).toString();
                const qsizetype count = object.value(QStringLiteral("events")).toArray().size();
                m_groupKeyToRestore = count > 0 ? QStringLiteral("batch:") + processId : m_groupKeyToRestore;
                m_banner->showMessage(ErrorSeverity::Info, tr("Reserved %n row(s)", nullptr, int(count)),
                                      count > 0
                                          ? tr("They now form batch <tt>%1</tt>, shown after the reload.")
                                                .arg(processId.toHtmlEscaped())
                                          : tr("No unreserved row matched."));
            } else {
                m_banner->showError(result.explanation, tr("Reserving failed (%1).").arg(result.method));
            }
            updateActions();
            Q_EMIT actionFinished(result.ok());
            reload();
        });
    });
    dialog->open();
}

void MainWindow::requestMarkError()
{
    if (m_readOnly || !m_connected || isBusy()) {
        statusBar()->showMessage(tr("Marking as error is not available now: nothing was sent."), 8000);
        return;
    }
    QString why;
    const auto group = selectionGroup(&why);
    if (!group || group->kind != QueueGroup::Kind::Batch) {
        m_banner->showMessage(
            ErrorSeverity::Warning, tr("Cannot mark as error"),
            (why.isEmpty() ? tr("Only rows of a reserved batch can be marked as error.") : why)
                    .toHtmlEscaped()
                + tr("<br/>Nothing was sent to the portal."));
        return;
    }
    const QList<qint64> ids = selectedIds();
    QStringList messageIds;
    for (qint64 id : ids) {
        if (const OfflineEvent *event = m_records->eventById(id);
            event && !messageIds.contains(event->messageId)) {
            messageIds.append(event->messageId);
        }
    }
    auto *dialog = new MarkErrorDialog(m_portal.restBase().toString(), group->processId, messageIds,
                                       int(ids.size()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        RestCall *call = m_actions->markError(dialog->processId(), dialog->messageIds());
        ++m_pendingActions;
        updateActions();
        connect(call, &RestCall::finished, this, [this](const RestResult &result) {
            --m_pendingActions;
            if (result.ok()) {
                m_banner->showMessage(ErrorSeverity::Info, tr("Marked as error"),
                                      tr("The rows are now in the Errors group (shown after the reload)."));
                m_groupKeyToRestore = QStringLiteral("errors");
            } else {
                m_banner->showError(result.explanation,
                                    tr("Marking as error failed (%1).").arg(result.method));
            }
            updateActions();
            Q_EMIT actionFinished(result.ok());
            reload();
        });
    });
    dialog->open();
}

void MainWindow::exportRecords(bool selectedOnly)
{
    QList<OfflineEvent> events;
    if (selectedOnly) {
        for (qint64 id : selectedIds()) {
            if (const OfflineEvent *event = m_records->eventById(id)) {
                events.append(*event);
            }
        }
    } else {
        events = m_records->events();
    }
    if (events.isEmpty()) {
        statusBar()->showMessage(tr("Nothing to export."), 5000);
        return;
    }
    auto *chooser
        = new QFileDialog(this, selectedOnly ? tr("Export selected records") : tr("Export loaded records"));
    chooser->setObjectName(QStringLiteral("exportChooser"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setAcceptMode(QFileDialog::AcceptSave);
    chooser->setNameFilters({tr("JSON (*.json)"), tr("JSON lines (*.jsonl)"), tr("CSV (*.csv)")});
    chooser->setDefaultSuffix(QStringLiteral("json"));
    chooser->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    connect(chooser, &QFileDialog::fileSelected, this, [this, events](const QString &path) {
        QString error;
        if (RecordExporter::writeFile(path, events, RecordExporter::formatForPath(path), &error)) {
            statusBar()->showMessage(tr("Exported %n record(s) to %1", nullptr, int(events.size())).arg(path),
                                     8000);
        } else {
            m_banner->showMessage(ErrorSeverity::Error, tr("Export failed"), error.toHtmlEscaped());
        }
    });
    chooser->open();
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
