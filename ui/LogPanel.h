// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/RequestLogEntry.h"
#include "net/SecretMasker.h"

#include <QDockWidget>

class QCheckBox;
class QLabel;
class QTableView;
class QToolButton;

namespace b24::ui {

class ErrorsOnlyFilterProxy;
class RequestDetailView;
class RequestLogModel;

// The request log dock: one row per request (time, method, HTTP status, duration, records,
// outcome), the selected request in detail, and copy as curl / save as JSON lines / errors only /
// clear. Nothing shown, copied or saved here may contain a secret: entries arrive masked and are
// masked once more on the way out.
class LogPanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit LogPanel(QWidget *parent = nullptr);

    void addEntry(const b24::RequestLogEntry &entry);
    void setRestBase(const QString &restBase); // for copy as curl
    void setSecretMasker(const b24::SecretMasker &masker); // the client's masker, with its secrets
    void clear();
    void setErrorsOnly(bool errorsOnly);
    void setMaxEntries(int maxEntries);

    // Writes the shown entries (all, or errors only) as one JSON object per line.
    bool saveJsonLines(const QString &path, QString *error = nullptr) const;
    // The selected request as a curl command line with the token as $B24_TOKEN; empty without selection.
    [[nodiscard]] QString curlForSelection() const;
    void copyCurlToClipboard();

    [[nodiscard]] RequestLogModel *model() const { return m_model; }
    [[nodiscard]] ErrorsOnlyFilterProxy *proxy() const { return m_proxy; }
    [[nodiscard]] QTableView *tableView() const { return m_table; }
    [[nodiscard]] RequestDetailView *detailView() const { return m_detail; }

private:
    QWidget *createToolbar();
    void addTableActions();
    void chooseFileAndSave();
    void showSelected();
    void updateSummary();
    [[nodiscard]] int selectedSourceRow() const;

    RequestLogModel *m_model;
    ErrorsOnlyFilterProxy *m_proxy;
    QTableView *m_table;
    RequestDetailView *m_detail;
    QCheckBox *m_errorsOnly = nullptr;
    QToolButton *m_copyCurl = nullptr;
    QToolButton *m_save = nullptr;
    QToolButton *m_clear = nullptr;
    QLabel *m_summary = nullptr;
    QString m_restBase;
    b24::SecretMasker m_masker;
};

} // namespace b24::ui
