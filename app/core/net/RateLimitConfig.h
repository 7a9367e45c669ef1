// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace b24 {

// The portal's leaky bucket: each request adds one, the counter drains by ratePerSecond, and
// above burst the portal answers 503 QUERY_LIMIT_EXCEEDED. Defaults match non-Enterprise plans;
// Enterprise portals allow 5/250.
struct RateLimitConfig {
    double ratePerSecond = 2.0;
    int burst = 50;
    int maxReadRetries = 5; // retries of a read after 503 QUERY_LIMIT_EXCEEDED
    // Retries of a read after a dropped connection, a timeout or a gateway page (502/503/504 HTML):
    // a long load should not be lost to one network hiccup. Never for state-changing calls.
    int maxTransientRetries = 2;
    int baseBackoffMs = 500; // exponential backoff base, with jitter
    int maxOperatingWaitMs = 15 * 60 * 1000; // longest wait for operating_reset_at before giving up
};

} // namespace b24
