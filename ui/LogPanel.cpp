// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogPanel.h"

#include "ErrorsOnlyFilterProxy.h"
#include "RequestDetailView.h"
#include "RequestLogModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace b24::ui {

LogPanel::LogPanel(QWidget *parent)
    : QDockWidget(tr("Request log"), parent),
      m_model(new RequestLogModel(this)),
      m_proxy(new ErrorsOnlyFilterProxy(this)),
      m_table(new QTableView),
      m_detail(new RequestDetailView)
{
    setObjectName(QStringLiteral("logPanel"));
    setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea | Qt::LeftDockWidgetArea);
    m_proxy->setSourceModel(m_model);

    m_table->setObjectName(QStringLiteral("requestTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setColumnWidth(RequestLogModel::TimeColumn,
                            m_table->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00.000")) + 20);
    m_table->setColumnWidth(RequestLogModel::MethodColumn,
                            m_table->fontMetrics().horizontalAdvance(QStringLiteral("event.offline.clear"))
                                + 24);
    m_table->setColumnWidth(RequestLogModel::HttpStatusColumn,
                            m_table->fontMetrics().horizontalAdvance(QStringLiteral("HTTP00")) + 12);
    m_table->setColumnWidth(RequestLogModel::DurationColumn,
                            m_table->fontMetrics().horizontalAdvance(QStringLiteral("Duration00")) + 12);
    m_table->setColumnWidth(RequestLogModel::RecordsColumn,
                            m_table->fontMetrics().horizontalAdvance(QStringLiteral("Records00")) + 12);
    m_detail->setObjectName(QStringLiteral("requestDetail"));

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(createToolbar());
    layout->addWidget(splitter, 1);
    setWidget(content);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LogPanel::showSelected);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &LogPanel::showSelected);
    addTableActions();
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &LogPanel::showSelected);
    updateSummary();
}

void LogPanel::addTableActions()
{
    // Ctrl+C in the table copies the selected request as curl; the same actions on right click.
    auto *copyAction = new QAction(tr("Copy as curl"), m_table);
    copyAction->setObjectName(QStringLiteral("copyCurlAction"));
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(copyAction, &QAction::triggered, this, &LogPanel::copyCurlToClipboard);
    auto *saveAction = new QAction(tr("Save as JSON lines…"), m_table);
    connect(saveAction, &QAction::triggered, this, &LogPanel::chooseFileAndSave);
    auto *errorsAction = new QAction(tr("Show errors only"), m_table);
    errorsAction->setCheckable(true);
    connect(errorsAction, &QAction::toggled, this, &LogPanel::setErrorsOnly);
    connect(m_errorsOnly, &QCheckBox::toggled, errorsAction, &QAction::setChecked);
    auto *clearAction = new QAction(tr("Clear"), m_table);
    connect(clearAction, &QAction::triggered, this, &LogPanel::clear);
    m_table->addActions({copyAction, saveAction, errorsAction, clearAction});
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
}

QWidget *LogPanel::createToolbar()
{
    auto *bar = new QWidget;
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);

    m_errorsOnly = new QCheckBox(tr("Show errors only"));
    m_errorsOnly->setObjectName(QStringLiteral("errorsOnlyCheck"));
    m_errorsOnly->setToolTip(tr("Hide requests that succeeded"));
    connect(m_errorsOnly, &QCheckBox::toggled, this, &LogPanel::setErrorsOnly);

    auto makeButton
        = [bar](const QString &name, const QString &text, const QString &tip, QStyle::StandardPixmap icon) {
              auto *button = new QToolButton(bar);
              button->setObjectName(name);
              button->setText(text);
              button->setToolTip(tip);
              button->setIcon(bar->style()->standardIcon(icon));
              button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
              button->setAutoRaise(true);
              return button;
          };
    m_copyCurl = makeButton(QStringLiteral("copyCurlButton"), tr("Copy as curl"),
                            tr("Copy the selected request as a curl command; the token is replaced by "
                               "$B24_TOKEN"),
                            QStyle::SP_FileDialogDetailedView);
    m_save = makeButton(QStringLiteral("saveJsonLinesButton"), tr("Save as JSON lines…"),
                        tr("Save the shown requests, one JSON object per line, without secrets"),
                        QStyle::SP_DialogSaveButton);
    m_clear = makeButton(QStringLiteral("clearLogButton"), tr("Clear"), tr("Remove every entry from the log"),
                         QStyle::SP_DialogResetButton);
    connect(m_copyCurl, &QToolButton::clicked, this, &LogPanel::copyCurlToClipboard);
    connect(m_save, &QToolButton::clicked, this, &LogPanel::chooseFileAndSave);
    connect(m_clear, &QToolButton::clicked, this, &LogPanel::clear);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("logSummary"));
    m_summary->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    layout->addWidget(m_errorsOnly);
    layout->addSpacing(8);
    layout->addWidget(m_copyCurl);
    layout->addWidget(m_save);
    layout->addWidget(m_clear);
    layout->addStretch(1);
    layout->addWidget(m_summary);
    return bar;
}

void LogPanel::addEntry(const b24::RequestLogEntry &entry)
{
    // Follow the newest entry only when the admin is already looking at the end of the list.
    const QScrollBar *scroll = m_table->verticalScrollBar();
    const bool atEnd = scroll->value() >= scroll->maximum();
    m_model->addEntry(entry);
    if (atEnd) {
        m_table->scrollToBottom();
    }
    updateSummary();
}

void LogPanel::setRestBase(const QString &restBase)
{
    m_restBase = restBase;
}

void LogPanel::setSecretMasker(const b24::SecretMasker &masker)
{
    m_masker = masker;
    showSelected();
}

void LogPanel::clear()
{
    m_model->clear();
    updateSummary();
}

void LogPanel::setErrorsOnly(bool errorsOnly)
{
    if (m_errorsOnly->isChecked() != errorsOnly) {
        m_errorsOnly->setChecked(errorsOnly); // comes back through toggled()
        return;
    }
    m_proxy->setErrorsOnly(errorsOnly);
    updateSummary();
}

void LogPanel::setMaxEntries(int maxEntries)
{
    m_model->setMaxEntries(maxEntries);
    updateSummary();
}

int LogPanel::selectedSourceRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_proxy->mapToSource(rows.first()).row();
}

void LogPanel::showSelected()
{
    const int row = selectedSourceRow();
    m_copyCurl->setEnabled(row >= 0);
    if (row < 0) {
        m_detail->clearEntry();
        return;
    }
    m_detail->showEntry(m_model->entry(row), m_masker);
}

void LogPanel::updateSummary()
{
    const int total = m_model->rowCount();
    const int errors = m_model->errorCount();
    QString text = tr("Requests: %1").arg(QLocale().toString(total));
    if (errors > 0) {
        text += tr(" · errors: %1").arg(QLocale().toString(errors));
    }
    if (const qint64 dropped = m_model->droppedCount(); dropped > 0) {
        text += tr(" (%1 older dropped to save memory)").arg(QLocale().toString(dropped));
    }
    m_summary->setText(text);
    m_save->setEnabled(m_proxy->rowCount() > 0);
    m_clear->setEnabled(total > 0);
    m_copyCurl->setEnabled(selectedSourceRow() >= 0);
}

QString LogPanel::curlForSelection() const
{
    const int row = selectedSourceRow();
    if (row < 0) {
        return {};
    }
    b24::RequestLogEntry entry = m_model->entry(row);
    entry.parameters = m_masker.maskParameters(entry.parameters);
    return m_masker.maskText(entry.toCurl(m_restBase));
}

void LogPanel::copyCurlToClipboard()
{
    const QString curl = curlForSelection();
    if (!curl.isEmpty()) {
        QApplication::clipboard()->setText(curl);
    }
}

bool LogPanel::saveJsonLines(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) {
            *error = tr("Could not write “%1”: %2. Choose another folder.").arg(path, file.errorString());
        }
        return false;
    }
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        b24::RequestLogEntry entry = m_model->entry(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
        entry.parameters = m_masker.maskParameters(entry.parameters);
        entry.responseBody = m_masker.maskBytes(entry.responseBody);
        QByteArray line = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact);
        file.write(m_masker.maskBytes(line));
        file.write("\n");
    }
    if (!file.commit()) {
        if (error) {
            *error = tr("Could not save “%1”: %2.").arg(path, file.errorString());
        }
        return false;
    }
    return true;
}

void LogPanel::chooseFileAndSave()
{
    // An asynchronous dialog: production code never spins a nested event loop.
    auto *dialog = new QFileDialog(this, tr("Save request log"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                   tr("JSON lines (*.jsonl);;All files (*)"));
    dialog->setObjectName(QStringLiteral("saveLogDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("jsonl"));
    dialog->selectFile(QStringLiteral("b24-requests-%1.jsonl")
                           .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (saveJsonLines(path, &error)) {
            m_summary->setText(
                tr("Saved %1 requests to %2").arg(m_proxy->rowCount()).arg(QDir::toNativeSeparators(path)));
            return;
        }
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Request log not saved"), error, QMessageBox::Ok,
                                    this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    dialog->open();
}

} // namespace b24::ui
