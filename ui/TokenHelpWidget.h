// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace b24::ui {

// "How do I get a token?": folded by default, unfolds into the steps for creating a local
// application and getting its OAuth tokens, and why a webhook does not work.
class TokenHelpWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TokenHelpWidget(QWidget *parent = nullptr);

    void setExpanded(bool expanded);
    [[nodiscard]] bool isExpanded() const;
    [[nodiscard]] QString helpText() const; // plain text of the help, for tests and copy
    static QString helpHtml();

private:
    QToolButton *m_toggle;
    QLabel *m_text;
};

} // namespace b24::ui
