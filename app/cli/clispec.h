#pragma once

#include "core/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <optional>

namespace pm::cli {

/// One option of a command line. The parsers accept exactly the options of these tables and the
/// help texts are written from them, so the two cannot drift apart.
struct OptionSpec
{
    const char *name; ///< "--database"
    const char *shortName; ///< "-h", or nullptr
    const char *value; ///< "URL", or nullptr for a flag
    const char *help; ///< QT_TRANSLATE_NOOP("pm::CliHelp", …)
};

/// One command (a word, not an option).
struct CommandSpec
{
    const char *name; ///< "bulk-update"
    const char *arguments; ///< the synopsis after the name, "ID[,ID...] [--title T] [--price P]"
    int minPositional;
    int maxPositional;
    const char *options; ///< space-separated names of the command's own options
    const char *help;
};

/// An environment variable the program (or a library it uses) reads.
struct EnvironmentSpec
{
    const char *name;
    const char *help;
    bool products; ///< read by `products`
    bool cache; ///< read by `cache`
};

const QList<OptionSpec> &topOptions();
const QList<CommandSpec> &topCommands();
const QList<OptionSpec> &productsOptions(); ///< before or after the command
const QList<OptionSpec> &productsCommandOptions(); ///< --title, --price, --stats
const QList<CommandSpec> &productsCommands();
const QList<OptionSpec> &cacheOptions();
const QList<EnvironmentSpec> &environment();

/// The full help of `productmanager-cli --help`, `products --help` and `cache --help`.
QString topHelp();
QString productsHelp();
QString cacheHelp();

/// The one-line usage hints printed after an `error:` line.
QString topUsageHint();
QString productsUsageHint();
QString cacheUsageHint();

/// The result of splitting a command line against option tables.
struct ParsedLine
{
    QHash<QString, QString> values; ///< option name ("--cache") → value ("" for a flag)
    QStringList order; ///< option names in the order given
    QStringList positional;
    bool help = false; ///< -h or --help was given
};

/// Splits `arguments` into options (`--name value`, `--name=value`, flags) and positional words.
/// Anything that starts with '-' and is not in `options` is an error, as is a missing value.
Result<ParsedLine> parseLine(const QStringList &arguments, const QList<OptionSpec> &options);

/// Writes `line` and a newline as UTF-8, flushed at once (scripts read us line by line).
void writeLine(FILE *stream, const QString &line);

/// Writes a help text (it ends with a newline) to standard output.
void printHelp(const QString &text);

/// Prints "error: PROBLEM" and the usage hint on standard error; returns 2, the usage exit code.
int usageError(const QString &problem, const QString &hint);

/// The closest of `candidates` to `word` (at most two edits away), for "did you mean".
std::optional<QString> closest(const QString &word, const QStringList &candidates);

} // namespace pm::cli
