// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/Credentials.h"
#include "queue/ClearPlan.h"
#include "queue/ClearReport.h"
#include "queue/Preflight.h"
#include "queue/QueueLoader.h"
#include "queue/QueueSnapshot.h"
#include "settings/ConnectionProfile.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QNetworkAccessManager;
class QSettings;
class QTableView;
class QTreeView;

namespace b24 {
class AppSettings;
class AuditLog;
class ProfileStore;
class RestClient;
class SecretStore;
} // namespace b24

namespace b24::ui {

class ClearFlow;
class ConnectionController;
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
class StatusIndicators;
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
    // Where the Connect dialog keeps secrets (not owned); by default the app's keychain service.
    void setSecretStore(b24::SecretStore *secrets);

    void reload(); // F5: load again with the server filter
    void cancelLoad();
    void setReadOnly(bool readOnly);
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    [[nodiscard]] bool isConnected() const;
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
    [[nodiscard]] std::optional<b24::Preflight::Report> lastPreflight() const;
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
    void disconnectFromPortal();
    void openSettingsDialog();
    void openAboutDialog();
    void refreshOverview();
    void updateActions();
    void updateStatusTotals();
    void startClear(const b24::ClearPlan &plan);
    void exportRecords(bool selectedOnly);

    QSettings *m_settings;
    std::unique_ptr<QSettings> m_ownSettings;
    std::unique_ptr<b24::AppSettings> m_appSettings;
    std::unique_ptr<b24::ProfileStore> m_profiles;
    std::unique_ptr<b24::AuditLog> m_audit;
    QNetworkAccessManager *m_network;
    b24::RestClient *m_client;
    bool m_readOnly = false;

    RecordsModel *m_records;
    RecordsFilterProxy *m_proxy;
    QueueOverviewModel *m_overview;

    std::unique_ptr<MainWindowActions> m_actions;
    std::unique_ptr<StatusIndicators> m_status;
    std::unique_ptr<WindowStateKeeper> m_stateKeeper;
    MessageBanner *m_banner = nullptr;
    ServerFilterBar *m_filterBar = nullptr;
    QueueBrowser *m_browser = nullptr;
    LogPanel *m_logPanel = nullptr;
    QuickFilterField *m_quickFilter = nullptr;

    ConnectionController *m_connection = nullptr;
    LoadController *m_load = nullptr;
    ClearFlow *m_clearFlow = nullptr;
    QueueActionsFlow *m_actionsFlow = nullptr;
    RecordExportFlow *m_exportFlow = nullptr;
};

} // namespace b24::ui
