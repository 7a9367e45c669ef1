// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace b24::cli {

class Console;

// --dry-run: exactly the HTTP requests a destructive command would send, with the token shown
// as "***" where the client would put it. Nothing is sent.
class DryRun
{
    Q_DECLARE_TR_FUNCTIONS(b24::cli::DryRun)

public:
    struct Request {
        QString method; // REST method, e.g. "batch"
        QJsonObject parameters; // without auth; DryRun adds the masked token and auth_connector
    };

    DryRun(const QUrl &restBase, const QString &authConnector);

    void add(const QString &method, const QJsonObject &parameters);
    [[nodiscard]] qsizetype size() const { return m_requests.size(); }
    [[nodiscard]] QJsonObject wireParameters(const Request &request) const;
    [[nodiscard]] QString toText() const;
    [[nodiscard]] QJsonObject toJson() const;
    void print(Console *console, bool json, const QString &summary) const;

private:
    QUrl m_restBase;
    QString m_connector;
    QList<Request> m_requests;
};

} // namespace b24::cli
