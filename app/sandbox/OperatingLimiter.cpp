// SPDX-License-Identifier: GPL-3.0-or-later
#include "OperatingLimiter.h"

namespace b24::sandbox {

namespace {
constexpr qint64 bucketSpan = 60;
constexpr qint64 bucketLifetime = 600;
constexpr int bucketCount = 10;
constexpr double minimumRecorded = 0.1;
} // namespace

void OperatingLimiter::expire(const QString &key, qint64 nowSeconds)
{
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        return;
    }
    it->removeIf([&](const Bucket &bucket) { return bucket.start + bucketLifetime <= nowSeconds; });
    while (it->size() > bucketCount) {
        it->removeFirst();
    }
}

bool OperatingLimiter::isBlocked(const QString &key, qint64 nowSeconds)
{
    return operating(key, nowSeconds) > m_limit;
}

void OperatingLimiter::record(const QString &key, double seconds, qint64 nowSeconds)
{
    if (seconds <= minimumRecorded) {
        return;
    }
    expire(key, nowSeconds);
    QList<Bucket> &buckets = m_buckets[key];
    if (buckets.isEmpty() || buckets.constLast().start + bucketSpan <= nowSeconds) {
        buckets.append({nowSeconds, 0});
    }
    buckets.last().seconds += seconds;
}

double OperatingLimiter::operating(const QString &key, qint64 nowSeconds)
{
    expire(key, nowSeconds);
    double sum = 0;
    for (const Bucket &bucket : m_buckets.value(key)) {
        sum += bucket.seconds;
    }
    return sum;
}

std::optional<qint64> OperatingLimiter::resetAt(const QString &key, qint64 nowSeconds)
{
    expire(key, nowSeconds);
    const QList<Bucket> buckets = m_buckets.value(key);
    if (buckets.isEmpty()) {
        return std::nullopt;
    }
    return buckets.constFirst().start + bucketLifetime;
}

} // namespace b24::sandbox
