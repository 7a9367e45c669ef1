// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace b24::sandbox {

// Bitrix\Rest\Engine\Access\LoadLimiter: time spent per (app, method) goes into 60 s buckets; ten
// are kept, each living 600 s from its first call; calls of 0.1 s or less are not recorded; a
// call is refused (429 OPERATION_TIME_LIMIT) when the stored sum is above the limit.
class OperatingLimiter
{
public:
    explicit OperatingLimiter(double limitSeconds = 420) : m_limit(limitSeconds) { }

    void setLimit(double seconds) { m_limit = seconds; }
    double limit() const { return m_limit; }
    bool isBlocked(const QString &key, qint64 nowSeconds);
    void record(const QString &key, double seconds, qint64 nowSeconds);
    double operating(const QString &key, qint64 nowSeconds);
    std::optional<qint64> resetAt(const QString &key, qint64 nowSeconds);
    void reset() { m_buckets.clear(); }

    static QString keyFor(const QString &clientId, const QString &method) { return clientId + u'|' + method; }

private:
    struct Bucket {
        qint64 start = 0;
        double seconds = 0;
    };
    void expire(const QString &key, qint64 nowSeconds);

    double m_limit = 420;
    QHash<QString, QList<Bucket>> m_buckets;
};

} // namespace b24::sandbox
