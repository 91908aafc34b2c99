#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace pm::test {

/// What a finished program left: its exit code (-1 if it crashed, never started or hung past
/// 30 s) and everything it wrote to stdout and stderr, merged.
struct CliRun
{
    int exitCode = -1;
    QString output;
};

/// Runs `program` with `args`, writes `input` to its stdin and closes it. The environment is
/// this process's with every `pm.*` log category on (so that a test can grep every line) plus
/// `extraEnv`.
CliRun runProgram(const QString &program, const QStringList &args, const QByteArray &input = {},
                  const QProcessEnvironment &extraEnv = {});

} // namespace pm::test
