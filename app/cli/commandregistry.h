#pragma once

#include "command.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace Atelier {

/// Knows every sub-command, parses the command line and maps errors to exit codes.
class CommandRegistry
{
public:
    CommandRegistry();

    void add(std::unique_ptr<Command> command);
    /// Runs `atelier-cli <command> ...`; returns the process exit code.
    int run(const QStringList &arguments) const;

private:
    const Command *find(const QString &name) const;
    QString overview() const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace Atelier
