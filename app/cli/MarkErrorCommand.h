// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QStringList>

namespace b24 {
struct RestResult;
}

namespace b24::cli {

class RowLoad;

// `mark-error`: checks that every MESSAGE_ID is in the batch (the portal would otherwise delete the
// copies elsewhere and mark nothing), sends event.offline.error through QueueActions, then
// re-lists the error rows to report what is verifiably marked.
class MarkErrorCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    void start() override;

private:
    void send();
    void verify(const RestResult &result);

    RowLoad *m_load = nullptr;
};

} // namespace b24::cli
