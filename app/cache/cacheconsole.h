#pragma once

#include <QList>
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

    /// Runs one line. Returns the output line (without newline), or an empty string for a
    /// blank line or a `#` comment, which are not commands. With hints on, a `get` that misses
    /// at the default version while the key exists at other versions of our namespace answers
    /// `null` and a second line, a `#` comment naming them (`# product_objects exists at
    /// version 8: get product_objects version=8`).
    QString execute(const QString &line);

    /// Hints are for people (the debug panel's console); off by default, so that scripts
    /// keep exactly one output line per command.
    void setHints(bool on) { m_hints = on; }

    /// The command names, for completion.
    static QStringList commands();
    /// One usage line per command ("get KEY [default=VALUE] [version=N]"), for help texts.
    static QStringList commandUsages();
    /// Splits a line into tokens (exposed for tests and completion). `unterminated`, if given,
    /// is set when a quoted string runs to the end of the line.
    static QStringList tokenize(const QString &line, bool *unterminated = nullptr);
    /// The value a token stands for: a JSON literal, or the token as a bare string.
    static QVariant parseValue(const QString &token);
    /// Compact JSON of a cache value (byte arrays that are not UTF-8 as {"base64": "…"}).
    static QString toJson(const QVariant &value);

private:
    /// The versions, other than the default one, at which `key` exists in our namespace.
    QList<int> otherVersions(const QString &key) const;

    Cache &m_cache;
    bool m_hints = false;
};

} // namespace pm
