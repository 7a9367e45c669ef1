// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queue/OfflineEvent.h"

#include <QJsonValue>
#include <QWidget>

#include <optional>

class QLabel;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace b24::ui {

// The selected record: its fields, and EVENT_DATA / EVENT_ADDITIONAL as an expandable JSON tree,
// with "copy as JSON" for the whole record or the selected node.
class EventDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit EventDetailView(QWidget *parent = nullptr);

    void setRecord(const b24::OfflineEvent &event);
    void clearRecord(const QString &hint = {});
    [[nodiscard]] std::optional<b24::OfflineEvent> event() const { return m_event; }

    // The whole record with the portal's field names, payloads as JSON (what "Copy" puts on the
    // clipboard).
    [[nodiscard]] QString recordJson() const;
    void copyRecord() const;
    void copySelectedNode() const;

    static void fillTree(QTreeWidgetItem *parent, const QJsonValue &value);

private:
    QLabel *m_header;
    QTreeWidget *m_tree;
    QToolButton *m_copyRecord;
    QToolButton *m_copyNode;
    std::optional<b24::OfflineEvent> m_event;
};

} // namespace b24::ui
