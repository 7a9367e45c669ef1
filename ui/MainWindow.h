// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/Credentials.h"
#include "net/PortalAddress.h"
#include "queue/ClearPlan.h"
#include "queue/ClearReport.h"
#include "queue/ListFilter.h"
#include "queue/Preflight.h"
#include "queue/QueueLoader.h"
#include "queue/QueueSnapshot.h"
#include "settings/ConnectionProfile.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QNetworkAccessManager;
class QProgressBar;
class QSettings;
class QTableView;
class QTimer;
class QToolButton;
class QTreeView;

namespace b24 {
class AppSettings;
class AuditLog;
class ClearExecutor;
class ProfileStore;
class QueueActions;
class RestClient;
class SecretStore;
} // namespace b24

namespace b24::ui {

class ClearFlow;
class EventDetailView;
class LoadController;
class LogPanel;
struct MainWindowActions;
class MessageBanner;
class QueueBrowser;
class QueueActionsFlow;
class QueueOverviewModel;
class QuickFilterField;
class RecordExportFlow;
class RecordsFilterProxy;
class RecordsModel;
class ServerFilterBar;
class WindowStateKeeper;

// The main window: connect (with preflight), load the queue page by page, browse it by process,
// inspect records, and clear / reserve / mark as error with confirmation and a verified report.
// Every destructive action goes through a confirmation dialog opened with open() (no nested event
// loop) and is disabled in read-only mode.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // settings: where window state, profiles and preferences live (not owned); null uses the
    // application's default QSettings.
    explicit MainWindow(QSettings *settings = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Connects with these settings and secrets: runs the preflight, shows its notes, then loads.
    void connectWith(const b24::ConnectionProfile &profile, const b24::Credentials &credentials);
    void setDemoMode(bool demo);

    void reload(); // F5: load again with the server filter
    void cancelLoad();
    void setReadOnly(bool readOnly);
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    [[nodiscard]] bool isConnected() const { return m_connected; }
    [[nodiscard]] bool isLoading() const;
    [[nodiscard]] bool isBusy() const; // loading, clearing or another call in flight

    // Opens the confirmation for a clear of the current selection (ById / ByMessageId) or of the
    // chosen group (EntireGroup). Refuses, with a message and nothing sent, when the scope is empty.
    void requestClear(b24::ClearPlan::Mode mode);
    void requestReserve();
    void requestMarkError();

    // Helpers the tests and the demo use.
    void selectGroup(const QString &groupKey); // "" = all loaded records
    void selectRecordIds(const QList<qint64> &ids);
    [[nodiscard]] QList<qint64> selectedIds() const;
    void selectAllInGroup();
    void invertSelection();
    void setClearValuesPerCommand(int values); // chunk size of clears (default: the form limit)

    [[nodiscard]] b24::RestClient *client() const { return m_client; }
    [[nodiscard]] const b24::QueueSnapshot &snapshot() const;
    [[nodiscard]] RecordsModel *recordsModel() const { return m_records; }
    [[nodiscard]] RecordsFilterProxy *recordsProxy() const { return m_proxy; }
    [[nodiscard]] QueueOverviewModel *overviewModel() const { return m_overview; }
    [[nodiscard]] QTableView *recordsView() const;
    [[nodiscard]] QTreeView *overviewView() const;
    [[nodiscard]] MessageBanner *banner() const { return m_banner; }
    [[nodiscard]] LogPanel *logPanel() const { return m_logPanel; }
    [[nodiscard]] ServerFilterBar *serverFilterBar() const { return m_filterBar; }
    [[nodiscard]] EventDetailView *detailView() const;
    [[nodiscard]] std::optional<b24::ClearReport> lastClearReport() const;
    [[nodiscard]] std::optional<b24::Preflight::Report> lastPreflight() const { return m_lastPreflight; }
    [[nodiscard]] QString auditLogPath() const;
    void setAuditLogPath(const QString &path);

Q_SIGNALS:
    void preflightFinished(bool ok);
    void loadFinished(const b24::QueueLoader::Report &report);
    void clearFinished(const b24::ClearReport &report);
    void actionFinished(bool ok); // reserve or mark as error

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void connectActions();
    void createCentralWidget();
    void createFlows();
    void createStatusBar();

    void openConnectionDialog();
    void openSettingsDialog();
    void openAboutDialog();
    void disconnectFromPortal();
    void onPreflightFinished(const b24::Preflight::Report &report);

    void refreshOverview();
    void updateActions();
    void updateStatusTotals();

    void startClear(const b24::ClearPlan &plan);
    void exportRecords(bool selectedOnly);
    [[nodiscard]] QString portalLabel() const;

    QSettings *m_settings;
    std::unique_ptr<QSettings> m_ownSettings;
    std::unique_ptr<b24::AppSettings> m_appSettings;
    std::unique_ptr<b24::ProfileStore> m_profiles;
    std::unique_ptr<b24::AuditLog> m_audit;
    b24::SecretStore *m_secrets = nullptr;
    QNetworkAccessManager *m_network;
    b24::RestClient *m_client;
    int m_pendingActions = 0; // the preflight

    b24::ConnectionProfile m_profile;
    b24::Credentials m_credentials;
    b24::PortalAddress m_portal;
    bool m_connected = false;
    bool m_readOnly = false;
    bool m_demo = false;
    bool m_sessionOnlySecrets = false; // no keychain backend: the window says so
    std::optional<b24::Preflight::Report> m_lastPreflight;

    RecordsModel *m_records;
    RecordsFilterProxy *m_proxy;
    QueueOverviewModel *m_overview;
    LoadController *m_load = nullptr;
    ClearFlow *m_clearFlow = nullptr;
    QueueActionsFlow *m_actionsFlow = nullptr;
    RecordExportFlow *m_exportFlow = nullptr;

    std::unique_ptr<MainWindowActions> m_actions;
    std::unique_ptr<WindowStateKeeper> m_stateKeeper;
    MessageBanner *m_banner = nullptr;
    ServerFilterBar *m_filterBar = nullptr;
    QueueBrowser *m_browser = nullptr;
    LogPanel *m_logPanel = nullptr;
    QuickFilterField *m_quickFilter = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_totalsLabel = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
    QLabel *m_waitLabel = nullptr;
};

} // namespace b24::ui
