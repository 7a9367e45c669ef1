// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventDetailView.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace b24::ui {

namespace {
constexpr int JsonRole = Qt::UserRole;

QJsonValue parsePayload(const QByteArray &bytes)
{
    if (bytes.isEmpty()) {
        return QJsonValue(QJsonValue::Null);
    }
    // Wrap so scalars ("false", "null") parse too.
    const QJsonDocument doc = QJsonDocument::fromJson("[" + bytes + "]");
    if (!doc.isArray() || doc.array().isEmpty()) {
        return QJsonValue(QString::fromUtf8(bytes));
    }
    return doc.array().first();
}

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String:
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    case QJsonValue::Array:
        return QObject::tr("[%n item(s)]", nullptr, int(value.toArray().size()));
    case QJsonValue::Object:
        return QObject::tr("{%n key(s)}", nullptr, int(value.toObject().size()));
    default:
        return {};
    }
}

QString jsonText(const QJsonValue &value)
{
    if (value.isObject()) {
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
    }
    if (value.isArray()) {
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented));
    }
    if (value.isString()) {
        return value.toString();
    }
    return scalarText(value);
}
} // namespace

EventDetailView::EventDetailView(QWidget *parent)
    : QWidget(parent),
      m_header(new QLabel(this)),
      m_tree(new QTreeWidget(this)),
      m_copyRecord(new QToolButton(this)),
      m_copyNode(new QToolButton(this))
{
    setObjectName(QStringLiteral("eventDetailView"));
    m_header->setObjectName(QStringLiteral("eventDetailHeader"));
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);

    m_tree->setObjectName(QStringLiteral("eventDetailTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Key"), tr("Value")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->header()->resizeSection(0, 180);
    m_tree->header()->setStretchLastSection(true);

    m_copyRecord->setObjectName(QStringLiteral("copyRecordJson"));
    m_copyRecord->setText(tr("Copy record as JSON"));
    m_copyRecord->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_copyRecord->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copyRecord->setToolTip(tr("Copy the whole record, with the portal's field names, as JSON"));
    m_copyNode->setObjectName(QStringLiteral("copyNodeJson"));
    m_copyNode->setText(tr("Copy value"));
    m_copyNode->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copyNode->setToolTip(tr("Copy the selected node as JSON"));
    connect(m_copyRecord, &QToolButton::clicked, this, &EventDetailView::copyRecord);
    connect(m_copyNode, &QToolButton::clicked, this, &EventDetailView::copySelectedNode);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyRecord);
    buttons->addWidget(m_copyNode);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_header);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    clearRecord();
}

void EventDetailView::setRecord(const OfflineEvent &event)
{
    m_event = event;
    const QString time = QDateTime::fromSecsSinceEpoch(event.timestamp)
                             .toLocalTime()
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_header->setText(
        tr("<b>%1</b> &nbsp; ID %2 &nbsp; %3<br/>MESSAGE_ID <tt>%4</tt><br/>%5")
            .arg(event.eventName.toHtmlEscaped(), QString::number(event.id), time,
                 event.messageId.toHtmlEscaped(),
                 event.isReserved() ? tr("Reserved by batch <tt>%1</tt>").arg(event.processId.toHtmlEscaped())
                                    : tr("Unreserved"))
        + (event.error ? tr(" &nbsp; <span style='color:#b02020'><b>ERROR=1</b></span>") : QString()));

    m_tree->clear();
    const auto addRoot = [this](const QString &name, const QByteArray &bytes) {
        auto *root = new QTreeWidgetItem(m_tree, {name});
        const QJsonValue value = parsePayload(bytes);
        root->setData(0, JsonRole, QVariant::fromValue(value));
        root->setText(1, scalarText(value));
        QFont bold = root->font(0);
        bold.setBold(true);
        root->setFont(0, bold);
        fillTree(root, value);
        return root;
    };
    addRoot(QStringLiteral("EVENT_DATA"), event.eventData);
    addRoot(QStringLiteral("EVENT_ADDITIONAL"), event.eventAdditional);
    m_tree->expandToDepth(2);
    m_copyRecord->setEnabled(true);
    m_copyNode->setEnabled(true);
}

void EventDetailView::clearRecord(const QString &hint)
{
    m_event.reset();
    m_tree->clear();
    m_header->setText(hint.isEmpty() ? tr("Select a record to see its payload.") : hint.toHtmlEscaped());
    m_copyRecord->setEnabled(false);
    m_copyNode->setEnabled(false);
}

QString EventDetailView::recordJson() const
{
    if (!m_event) {
        return {};
    }
    QJsonObject object;
    object.insert(QStringLiteral("ID"), QString::number(m_event->id));
    object.insert(QStringLiteral("TIMESTAMP_X"), m_event->timestampText);
    object.insert(QStringLiteral("EVENT_NAME"), m_event->eventName);
    object.insert(QStringLiteral("EVENT_DATA"), parsePayload(m_event->eventData));
    object.insert(QStringLiteral("EVENT_ADDITIONAL"), parsePayload(m_event->eventAdditional));
    object.insert(QStringLiteral("MESSAGE_ID"), m_event->messageId);
    object.insert(QStringLiteral("PROCESS_ID"), m_event->processId);
    object.insert(QStringLiteral("ERROR"), m_event->error ? QStringLiteral("1") : QStringLiteral("0"));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

void EventDetailView::copyRecord() const
{
    if (m_event) {
        QApplication::clipboard()->setText(recordJson());
    }
}

void EventDetailView::copySelectedNode() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item) {
        copyRecord();
        return;
    }
    QApplication::clipboard()->setText(jsonText(item->data(0, JsonRole).value<QJsonValue>()));
}

void EventDetailView::fillTree(QTreeWidgetItem *parent, const QJsonValue &value)
{
    const auto addChild = [parent](const QString &key, const QJsonValue &child) {
        auto *item = new QTreeWidgetItem(parent, {key, scalarText(child)});
        item->setData(0, JsonRole, QVariant::fromValue(child));
        item->setToolTip(1, jsonText(child).left(2000));
        fillTree(item, child);
    };
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            addChild(it.key(), it.value());
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            addChild(QStringLiteral("[%1]").arg(i), array.at(i));
        }
    }
}

} // namespace b24::ui
