// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerFilterBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStyle>

namespace b24::ui {

namespace {
std::optional<qint64> parseId(const QLineEdit *edit, bool *bad)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty()) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value <= 0) {
        *bad = true;
        return std::nullopt;
    }
    return value;
}
} // namespace

ServerFilterBar::ServerFilterBar(QWidget *parent)
    : QWidget(parent),
      m_eventName(new QLineEdit(this)),
      m_idFrom(new QLineEdit(this)),
      m_idTo(new QLineEdit(this)),
      m_useTimeFrom(new QCheckBox(tr("From"), this)),
      m_timeFrom(new QDateTimeEdit(this)),
      m_useTimeTo(new QCheckBox(tr("to"), this)),
      m_timeTo(new QDateTimeEdit(this)),
      m_error(new QComboBox(this)),
      m_apply(new QPushButton(tr("Apply"), this)),
      m_reset(new QPushButton(tr("Reset"), this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("serverFilterBar"));
    m_eventName->setObjectName(QStringLiteral("filterEventName"));
    m_eventName->setPlaceholderText(tr("Event name, e.g. ONCRMDEALUPDATE"));
    m_eventName->setToolTip(tr("Exact EVENT_NAME (sent as \"=EVENT_NAME\", upper-cased)"));
    m_eventName->setClearButtonEnabled(true);
    m_eventName->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9_.]*")), m_eventName));

    const auto *idValidator
        = new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,18}")), this);
    m_idFrom->setObjectName(QStringLiteral("filterIdFrom"));
    m_idFrom->setPlaceholderText(tr("ID from"));
    m_idFrom->setValidator(idValidator);
    m_idFrom->setToolTip(tr("Smallest ID to load (\">=ID\")"));
    m_idFrom->setMaximumWidth(100);
    m_idTo->setObjectName(QStringLiteral("filterIdTo"));
    m_idTo->setPlaceholderText(tr("ID to"));
    m_idTo->setValidator(idValidator);
    m_idTo->setToolTip(tr("Largest ID to load (\"<=ID\")"));
    m_idTo->setMaximumWidth(100);

    const QDateTime now = QDateTime::currentDateTime();
    for (QDateTimeEdit *edit : {m_timeFrom, m_timeTo}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setEnabled(false);
    }
    m_timeFrom->setObjectName(QStringLiteral("filterTimeFrom"));
    m_timeFrom->setDateTime(now.addDays(-1));
    m_timeFrom->setToolTip(tr("Earliest TIMESTAMP_X (\">=TIMESTAMP_X\")"));
    m_timeTo->setObjectName(QStringLiteral("filterTimeTo"));
    m_timeTo->setDateTime(now);
    m_timeTo->setToolTip(tr("Latest TIMESTAMP_X (\"<=TIMESTAMP_X\")"));
    m_useTimeFrom->setObjectName(QStringLiteral("filterUseTimeFrom"));
    m_useTimeTo->setObjectName(QStringLiteral("filterUseTimeTo"));
    connect(m_useTimeFrom, &QCheckBox::toggled, m_timeFrom, &QWidget::setEnabled);
    connect(m_useTimeTo, &QCheckBox::toggled, m_timeTo, &QWidget::setEnabled);

    m_error->setObjectName(QStringLiteral("filterError"));
    m_error->addItem(tr("Any rows"));
    m_error->addItem(tr("Only errors"));
    m_error->addItem(tr("Without errors"));
    m_error->setToolTip(tr("ERROR flag (\"=ERROR\")"));

    m_apply->setObjectName(QStringLiteral("filterApply"));
    m_apply->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_apply->setToolTip(tr("Reload from the portal with this filter"));
    m_reset->setObjectName(QStringLiteral("filterReset"));
    m_reset->setToolTip(tr("Clear the filter fields (reload with Apply)"));
    m_message->setObjectName(QStringLiteral("filterMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #b02020;"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Server filter:"), this);
    title->setToolTip(tr("Sent as event.offline.list filters; the next load fetches only matching rows"));
    layout->addWidget(title);
    layout->addWidget(m_eventName, 2);
    layout->addWidget(m_idFrom);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_idTo);
    layout->addWidget(m_useTimeFrom);
    layout->addWidget(m_timeFrom);
    layout->addWidget(m_useTimeTo);
    layout->addWidget(m_timeTo);
    layout->addWidget(m_error);
    layout->addWidget(m_apply);
    layout->addWidget(m_reset);
    layout->addWidget(m_message, 1);

    for (QLineEdit *edit : {m_eventName, m_idFrom, m_idTo}) {
        connect(edit, &QLineEdit::textChanged, this, &ServerFilterBar::updateState);
        connect(edit, &QLineEdit::returnPressed, m_apply, &QPushButton::click);
    }
    connect(m_useTimeFrom, &QCheckBox::toggled, this, &ServerFilterBar::updateState);
    connect(m_useTimeTo, &QCheckBox::toggled, this, &ServerFilterBar::updateState);
    connect(m_timeFrom, &QDateTimeEdit::dateTimeChanged, this, &ServerFilterBar::updateState);
    connect(m_timeTo, &QDateTimeEdit::dateTimeChanged, this, &ServerFilterBar::updateState);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (validationError().isEmpty()) {
            Q_EMIT applyRequested();
        }
    });
    connect(m_reset, &QPushButton::clicked, this, [this] { setFilter({}); });
    updateState();
}

ListFilter ServerFilterBar::filter() const
{
    ListFilter result;
    result.eventName = m_eventName->text().trimmed().toUpper();
    bool bad = false;
    result.idFrom = parseId(m_idFrom, &bad);
    result.idTo = parseId(m_idTo, &bad);
    if (m_useTimeFrom->isChecked()) {
        result.timeFrom = m_timeFrom->dateTime();
    }
    if (m_useTimeTo->isChecked()) {
        result.timeTo = m_timeTo->dateTime();
    }
    if (m_error->currentIndex() == 1) {
        result.error = true;
    } else if (m_error->currentIndex() == 2) {
        result.error = false;
    }
    return result;
}

void ServerFilterBar::setFilter(const ListFilter &filter)
{
    m_eventName->setText(filter.eventName);
    m_idFrom->setText(filter.idFrom ? QString::number(*filter.idFrom) : QString());
    m_idTo->setText(filter.idTo ? QString::number(*filter.idTo) : QString());
    m_useTimeFrom->setChecked(filter.timeFrom.isValid());
    if (filter.timeFrom.isValid()) {
        m_timeFrom->setDateTime(filter.timeFrom);
    }
    m_useTimeTo->setChecked(filter.timeTo.isValid());
    if (filter.timeTo.isValid()) {
        m_timeTo->setDateTime(filter.timeTo);
    }
    m_error->setCurrentIndex(!filter.error ? 0 : (*filter.error ? 1 : 2));
    updateState();
}

QString ServerFilterBar::validationError() const
{
    bool bad = false;
    const auto from = parseId(m_idFrom, &bad);
    const auto to = parseId(m_idTo, &bad);
    if (bad) {
        return tr("IDs are whole numbers above 0.");
    }
    if (from && to && *from > *to) {
        return tr("\"ID from\" is larger than \"ID to\"; swap them.");
    }
    if (m_useTimeFrom->isChecked() && m_useTimeTo->isChecked()
        && m_timeFrom->dateTime() > m_timeTo->dateTime()) {
        return tr("The start time is after the end time; swap them.");
    }
    return filter().validate();
}

void ServerFilterBar::updateState()
{
    const QString error = validationError();
    m_message->setText(error);
    m_apply->setEnabled(error.isEmpty());
}

} // namespace b24::ui
