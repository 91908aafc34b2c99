#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

namespace pm {

class Cache;

/**
 * The cache console: one command line in, one output line out (docs/command-line.md). Backs
 * `productmanager-cli cache` and the debug panel's console tab. QtCore only.
 *
 * Tokens are separated by spaces (spaces inside a JSON string, array or object do not split);
 * a token that parses as a JSON literal is that value, anything else is a bare string. Options
 * are `name=value` tokens (timeout=, version=, default=, delta=). Output is compact JSON, `ok`
 * for operations without a result, or `error: kind: message`.
 */
class CacheConsole
{
public:
    explicit CacheConsole(Cache &cache);

    /// Runs one line. Returns the single output line (without newline), or an empty string for a
    /// blank line or a `#` comment, which are not commands.
    QString execute(const QString &line);

    /// The command names, for completion.
    static QStringList commands();
    /// One usage line per command ("get KEY [default=VALUE] [version=N]"), for help texts.
    static QStringList commandUsages();
    /// Splits a line into tokens (exposed for tests and completion).
    static QStringList tokenize(const QString &line);
    /// The value a token stands for: a JSON literal, or the token as a bare string.
    static QVariant parseValue(const QString &token);
    /// Compact JSON of a cache value (byte arrays that are not UTF-8 as {"base64": "…"}).
    static QString toJson(const QVariant &value);

private:
    Cache &m_cache;
};

} // namespace pm
