// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/RestResult.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace b24 {

class RestClient;

// The checks run on connect: feature.get for rest_offline_extended and rest_auth_connector, then a
// first event.offline.list. Explains what fails: webhook token, not an admin, license, unknown
// connector, plain HTTP.
class Preflight : public QObject
{
    Q_OBJECT

public:
    struct Report {
        bool ok = false; // list worked
        std::optional<bool> offlineExtended; // feature.get rest_offline_extended (nullopt: unknown)
        std::optional<bool> authConnector; // feature.get rest_auth_connector
        qint64 total = -1; // rows visible to this app/connector
        QStringList notes; // translated findings, worst first
        RestResult failure; // the failing call when !ok
    };

    explicit Preflight(RestClient *client, QObject *parent = nullptr);
    // Three calls in order: feature.get rest_offline_extended, feature.get rest_auth_connector,
    // event.offline.list. feature.get failures only make the flags unknown (nullopt).
    void start();

Q_SIGNALS:
    void finished(const b24::Preflight::Report &report);

private:
    void askFeature(const QString &code);
    void onFeature(const QString &code, const b24::RestResult &result);
    void onList(const b24::RestResult &result);
    void finish();

    RestClient *m_client;
    Report m_report;
    QStringList m_errors; // notes are reported worst first: errors, warnings, information
    QStringList m_warnings;
    QStringList m_infos;
};

} // namespace b24
