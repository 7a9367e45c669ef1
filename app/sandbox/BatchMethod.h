// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RestCall.h"

#include <functional>

namespace b24::sandbox {

// CRestProvider::methodsBatch: up to 50 `method?query` commands run in array order; later commands
// may use `$result[key][…]`, `$next[key]`, `$total[key]`, `$time[key]` or `$error[key]` of earlier
// ones (CRestUtil::processBatchElement). Sub-calls inherit the outer auth and auth_connector.
class BatchMethod
{
public:
    struct SubCall {
        RestResult result;
        PhpValue time; // the sub-call's time block
    };
    using Runner = std::function<SubCall(const RestCallContext &)>;

    static constexpr int maxLength = 50; // CRestUtil::BATCH_MAX_LENGTH

    static RestResult run(const RestCallContext &outer, const Runner &runner, int maxInputVars);

    // processBatchElement: substitutes references to earlier results in one parameter value.
    // A missing path stops at the deepest existing level, as PHP's loop does: a value that is
    // exactly the reference becomes that (possibly array) value, an embedded one its string form.
    static PhpValue substitute(const QString &value, const PhpValue &results);
    static PhpValue substituteAll(const PhpValue &params, const PhpValue &results);
};

} // namespace b24::sandbox
