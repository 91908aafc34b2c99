#include "cache/cacheconsole.h"

#include "cache/cache.h"
#include "cache/valuecodec.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QStringDecoder>

#include <algorithm>
#include <cmath>

namespace pm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pm::CacheConsole", text);
}

struct Command
{
    const char *name;
    const char *usage;
    const char *options; ///< space-separated option names the command accepts
};

// The console's commands (docs/command-line.md). Usage lines are syntax, not prose: not translated.
const Command Commands[] = {
        {"get", "get KEY [default=VALUE] [version=N]", "default version"},
        {"set", "set KEY VALUE [timeout=T] [version=N]", "timeout version"},
        {"add", "add KEY VALUE [timeout=T] [version=N]", "timeout version"},
        {"delete", "delete KEY [version=N]", "version"},
        {"get_or_set", "get_or_set KEY VALUE [timeout=T] [version=N]", "timeout version"},
        {"get_many", "get_many KEY... [version=N]", "version"},
        {"set_many", "set_many KEY=VALUE... [timeout=T] [version=N]", "timeout version"},
        {"delete_many", "delete_many KEY... [version=N]", "version"},
        {"has_key", "has_key KEY [version=N]", "version"},
        {"touch", "touch KEY [TIMEOUT] [timeout=T] [version=N]", "timeout version"},
        {"incr", "incr KEY [DELTA] [delta=N] [version=N]", "delta version"},
        {"decr", "decr KEY [DELTA] [delta=N] [version=N]", "delta version"},
        {"incr_version", "incr_version KEY [delta=N] [version=N]", "delta version"},
        {"decr_version", "decr_version KEY [delta=N] [version=N]", "delta version"},
        {"ttl", "ttl KEY [version=N]", "version"},
        {"persist", "persist KEY [version=N]", "version"},
        {"expire", "expire KEY TIMEOUT [version=N]", "version"},
        {"clear", "clear", ""},
        {"close", "close", ""},
        {"keys", "keys [GLOB] [version=N]", "version"},
        {"stats", "stats", ""},
        {"help", "help", ""},
};

const Command *findCommand(const QString &name)
{
    for (const Command &c : Commands) {
        if (name == QLatin1String(c.name))
            return &c;
    }
    return nullptr;
}

const QStringList KnownOptions = {QStringLiteral("timeout"), QStringLiteral("version"),
                                  QStringLiteral("default"), QStringLiteral("delta")};

QString errorLine(const Error &e)
{
    return QStringLiteral("error: ") + e.toString();
}

Error invalid(const QString &message)
{
    return Error(ErrorKind::InvalidInput, message);
}

Error usage(const Command &c)
{
    return invalid(QCoreApplication::translate("pm::CacheConsole", "usage: %1")
                           .arg(QLatin1String(c.usage)));
}

bool looksLikeJson(const QString &token)
{
    if (token.isEmpty())
        return false;
    const QChar c = token.front();
    return c == QLatin1Char('"') || c == QLatin1Char('[') || c == QLatin1Char('{')
            || c == QLatin1Char('-') || c.isDigit() || token == QLatin1String("null")
            || token == QLatin1String("true") || token == QLatin1String("false");
}

void appendJsonString(QString &out, QStringView s)
{
    out.append(QLatin1Char('"'));
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '"':
            out.append(QLatin1String("\\\""));
            break;
        case '\\':
            out.append(QLatin1String("\\\\"));
            break;
        case '\n':
            out.append(QLatin1String("\\n"));
            break;
        case '\r':
            out.append(QLatin1String("\\r"));
            break;
        case '\t':
            out.append(QLatin1String("\\t"));
            break;
        case '\b':
            out.append(QLatin1String("\\b"));
            break;
        case '\f':
            out.append(QLatin1String("\\f"));
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
                out.append(QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0')));
            } else {
                out.append(c);
            }
        }
    }
    out.append(QLatin1Char('"'));
}

void appendJson(QString &out, const QVariant &v, int depth = 0)
{
    if (depth > 64) {
        out.append(QLatin1String("null"));
        return;
    }
    switch (v.metaType().id()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        out.append(QLatin1String("null"));
        return;
    case QMetaType::Bool:
        out.append(v.toBool() ? QLatin1String("true") : QLatin1String("false"));
        return;
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = v.toDouble();
        if (!std::isfinite(d))
            out.append(QLatin1String("null"));
        else
            out.append(QString::number(d, 'g', QLocale::FloatingPointShortest));
        return;
    }
    case QMetaType::QString:
        appendJsonString(out, *static_cast<const QString *>(v.constData()));
        return;
    case QMetaType::QByteArray: {
        const QByteArray &bytes = *static_cast<const QByteArray *>(v.constData());
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString text = decoder.decode(bytes);
        if (!decoder.hasError()) {
            appendJsonString(out, text);
        } else {
            out.append(QLatin1String("{\"base64\":\""));
            out.append(QString::fromLatin1(bytes.toBase64()));
            out.append(QLatin1String("\"}"));
        }
        return;
    }
    case QMetaType::QStringList:
    case QMetaType::QVariantList: {
        const QVariantList list = v.toList();
        out.append(QLatin1Char('['));
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (i)
                out.append(QLatin1Char(','));
            appendJson(out, list.at(i), depth + 1);
        }
        out.append(QLatin1Char(']'));
        return;
    }
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash: {
        const QVariantMap map = v.toMap();
        out.append(QLatin1Char('{'));
        bool first = true;
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            if (!first)
                out.append(QLatin1Char(','));
            first = false;
            appendJsonString(out, it.key());
            out.append(QLatin1Char(':'));
            appendJson(out, it.value(), depth + 1);
        }
        out.append(QLatin1Char('}'));
        return;
    }
    default:
        break;
    }
    if (ValueCodec::isInteger(v)) {
        out.append(v.toString());
        return;
    }
    // A registered object (e.g. a product list) or another type: its text if it has one, else
    // its type name, so the line stays valid JSON.
    if (v.canConvert<QString>())
        appendJsonString(out, v.toString());
    else
        appendJsonString(out, QStringLiteral("<%1>").arg(QLatin1String(v.metaType().name())));
}

QString keyOf(const QString &token)
{
    // A quoted key may hold spaces; anything else is the key as written.
    if (token.startsWith(QLatin1Char('"'))) {
        const QVariant v = CacheConsole::parseValue(token);
        if (v.metaType().id() == QMetaType::QString)
            return v.toString();
    }
    return token;
}

Result<Timeout> parseTimeout(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("forever") || t == QLatin1String("none") || t == QLatin1String("null")) {
        return Timeout::never();
    }
    bool ok = false;
    const double seconds = t.toDouble(&ok);
    if (!ok || std::isnan(seconds))
        return invalid(QCoreApplication::translate(
                               "pm::CacheConsole",
                               "timeout must be a number of seconds or forever, not '%1'")
                               .arg(text));
    const std::optional<Timeout> timeout = Timeout::checkedSeconds(seconds);
    if (!timeout)
        return invalid(QCoreApplication::translate(
                               "pm::CacheConsole",
                               "timeout must be between -%1 and %1 seconds (or forever), not '%2'")
                               .arg(QString::number(Timeout::MaxSeconds, 'g', 3), text));
    return *timeout;
}

Result<qint64> parseInteger(const QString &text, const char *what)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok)
        return invalid(QCoreApplication::translate("pm::CacheConsole",
                                                   "%1 must be a whole number, not '%2'")
                               .arg(QLatin1String(what), text));
    return v;
}

} // namespace

CacheConsole::CacheConsole(Cache &cache)
    : m_cache(cache)
{ }

QList<int> CacheConsole::otherVersions(const QString &key) const
{
    // Walks our namespace page by page (SCAN on Redis, never KEYS); only on a miss.
    QList<int> versions;
    const QByteArray ns = m_cache.namespacePrefix();
    const QByteArray tail = QByteArray(":") + key.toUtf8();
    const QByteArray atDefault = m_cache.makeKey(key);
    QByteArray cursor;
    do {
        auto page = m_cache.scan(cursor, 1000);
        if (!page)
            return versions;
        for (const KeyInfo &info : std::as_const(page->keys)) {
            if (info.key == atDefault || !info.key.startsWith(ns) || !info.key.endsWith(tail))
                continue;
            bool ok = false;
            const int v
                    = info.key.mid(ns.size(), info.key.size() - ns.size() - tail.size()).toInt(&ok);
            if (ok && !versions.contains(v) && m_cache.makeKey(key, Version(v)) == info.key)
                versions.append(v);
        }
        cursor = page->cursor;
    } while (!cursor.isEmpty());
    std::sort(versions.begin(), versions.end());
    return versions;
}

QStringList CacheConsole::commands()
{
    QStringList names;
    for (const Command &c : Commands)
        names.append(QLatin1String(c.name));
    return names;
}

QStringList CacheConsole::commandUsages()
{
    QStringList usages;
    for (const Command &c : Commands)
        usages.append(QLatin1String(c.usage));
    return usages;
}

QStringList CacheConsole::tokenize(const QString &line, bool *unterminated)
{
    QStringList tokens;
    QString current;
    bool inToken = false;
    bool inString = false;
    bool escaped = false;
    int depth = 0;
    for (const QChar c : line) {
        if (!inToken) {
            if (c.isSpace())
                continue;
            inToken = true;
        }
        if (inString) {
            current.append(c);
            if (escaped)
                escaped = false;
            else if (c == QLatin1Char('\\'))
                escaped = true;
            else if (c == QLatin1Char('"'))
                inString = false;
            continue;
        }
        if (c.isSpace() && depth == 0) {
            tokens.append(current);
            current.clear();
            inToken = false;
            continue;
        }
        if (c == QLatin1Char('"'))
            inString = true;
        else if (c == QLatin1Char('[') || c == QLatin1Char('{'))
            ++depth;
        else if ((c == QLatin1Char(']') || c == QLatin1Char('}')) && depth > 0)
            --depth;
        current.append(c);
    }
    if (inToken)
        tokens.append(current);
    if (unterminated)
        *unterminated = inString;
    return tokens;
}

QVariant CacheConsole::parseValue(const QString &token)
{
    if (!looksLikeJson(token))
        return token;
    qint64 n = 0;
    const QByteArray utf8 = token.toUtf8();
    if (ValueCodec::parseInteger(utf8.constData(), utf8.size(), &n))
        return QVariant(qlonglong(n));
    // QJsonDocument parses arrays and objects only: wrap the token in one.
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + utf8 + ']', &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return token;
    return doc.array().at(0).toVariant();
}

QString CacheConsole::toJson(const QVariant &value)
{
    QString out;
    appendJson(out, value);
    return out;
}

QString CacheConsole::execute(const QString &line)
{
    const QString trimmed = line.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
        return {};
    bool unterminated = false;
    const QStringList tokens = tokenize(trimmed, &unterminated);
    if (unterminated)
        return errorLine(invalid(tr("unterminated quote: a \" string runs to the end of the "
                                    "line")));
    const QString name = tokens.first().toLower();
    const Command *command = findCommand(name);
    if (!command)
        return errorLine(invalid(tr("unknown command '%1' (try help)").arg(tokens.first())));

    // Split positional arguments from name=value options.
    const bool itemsAreOptions = name == QLatin1String("set_many");
    const QStringList allowed
            = QString::fromLatin1(command->options).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList args;
    QHash<QString, QString> options;
    for (qsizetype i = 1; i < tokens.size(); ++i) {
        const QString &t = tokens.at(i);
        const qsizetype eq = t.indexOf(QLatin1Char('='));
        const QString optionName = eq > 0 ? t.left(eq) : QString();
        const bool isOption = eq > 0 && !looksLikeJson(t) && KnownOptions.contains(optionName)
                && (!itemsAreOptions || allowed.contains(optionName));
        if (!isOption) {
            args.append(t);
            continue;
        }
        if (!allowed.contains(optionName)) {
            return errorLine(invalid(tr("option '%1' is not valid here; usage: %2")
                                             .arg(optionName, QLatin1String(command->usage))));
        }
        options.insert(optionName, t.mid(eq + 1));
    }

    Timeout timeout;
    if (options.contains(QStringLiteral("timeout"))) {
        const Result<Timeout> t = parseTimeout(options.value(QStringLiteral("timeout")));
        if (!t)
            return errorLine(t.error());
        timeout = *t;
    }
    Version version;
    if (options.contains(QStringLiteral("version"))) {
        const Result<qint64> v = parseInteger(options.value(QStringLiteral("version")), "version");
        if (!v)
            return errorLine(v.error());
        if (*v < std::numeric_limits<int>::min() || *v > std::numeric_limits<int>::max())
            return errorLine(invalid(tr("version is out of range")));
        version = Version(int(*v));
    }
    std::optional<qint64> delta;
    if (options.contains(QStringLiteral("delta"))) {
        const Result<qint64> d = parseInteger(options.value(QStringLiteral("delta")), "delta");
        if (!d)
            return errorLine(d.error());
        delta = *d;
    }

    auto need = [&](qsizetype min, qsizetype max) {
        return args.size() >= min && args.size() <= max;
    };
    auto boolLine = [](const Result<bool> &r) {
        return r ? QString::fromLatin1(*r ? "true" : "false") : errorLine(r.error());
    };
    const QString ok = QStringLiteral("ok");

    if (name == QLatin1String("get")) {
        if (!need(1, 1))
            return errorLine(usage(*command));
        const QVariant dflt = options.contains(QStringLiteral("default"))
                ? parseValue(options.value(QStringLiteral("default")))
                : QVariant::fromValue(nullptr);
        const QString key = keyOf(args.at(0));
        const Result<std::optional<QVariant>> r = m_cache.get(key, version);
        if (!r)
            return errorLine(r.error());
        if (r->has_value())
            return toJson(**r);
        QString out = toJson(dflt);
        // The tutorial's "get product_objects" misses: the list lives at the catalogue's list
        // version. Say where the key is, as a comment line after the answer.
        if (m_hints && !options.contains(QStringLiteral("version"))) {
            const QList<int> versions = otherVersions(key);
            if (!versions.isEmpty()) {
                QStringList numbers;
                for (int v : versions)
                    numbers.append(QString::number(v));
                const QString quoted
                        = key.contains(QLatin1Char(' ')) || key.startsWith(QLatin1Char('"'))
                        ? toJson(key)
                        : key;
                out += QLatin1Char('\n')
                        + (versions.size() == 1
                                   ? tr("# %1 exists at version %2: get %3 version=%4")
                                   : tr("# %1 exists at versions %2: get %3 version=%4"))
                                  .arg(key, numbers.join(QStringLiteral(", ")), quoted)
                                  .arg(versions.last());
            }
        }
        return out;
    }
    if (name == QLatin1String("set")) {
        if (!need(2, 2))
            return errorLine(usage(*command));
        const Result<void> r
                = m_cache.set(keyOf(args.at(0)), parseValue(args.at(1)), timeout, version);
        return r ? ok : errorLine(r.error());
    }
    if (name == QLatin1String("add")) {
        if (!need(2, 2))
            return errorLine(usage(*command));
        return boolLine(m_cache.add(keyOf(args.at(0)), parseValue(args.at(1)), timeout, version));
    }
    if (name == QLatin1String("delete")) {
        if (!need(1, 1))
            return errorLine(usage(*command));
        return boolLine(m_cache.remove(keyOf(args.at(0)), version));
    }
    if (name == QLatin1String("get_or_set")) {
        if (!need(2, 2))
            return errorLine(usage(*command));
        const Result<QVariant> r
                = m_cache.getOrSet(keyOf(args.at(0)), parseValue(args.at(1)), timeout, version);
        return r ? toJson(*r) : errorLine(r.error());
    }
    if (name == QLatin1String("get_many")) {
        if (args.isEmpty())
            return errorLine(usage(*command));
        QStringList keys;
        for (const QString &a : args)
            keys.append(keyOf(a));
        const Result<QList<QPair<QString, QVariant>>> r = m_cache.getMany(keys, version);
        if (!r)
            return errorLine(r.error());
        QString out = QStringLiteral("{");
        for (qsizetype i = 0; i < r->size(); ++i) {
            if (i)
                out.append(QLatin1Char(','));
            appendJsonString(out, r->at(i).first);
            out.append(QLatin1Char(':'));
            appendJson(out, r->at(i).second);
        }
        out.append(QLatin1Char('}'));
        return out;
    }
    if (name == QLatin1String("set_many")) {
        if (args.isEmpty())
            return errorLine(usage(*command));
        QList<QPair<QString, QVariant>> items;
        for (const QString &a : args) {
            const qsizetype eq = a.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return errorLine(usage(*command));
            items.append({keyOf(a.left(eq)), parseValue(a.mid(eq + 1))});
        }
        const Result<QStringList> r = m_cache.setMany(items, timeout, version);
        return r ? toJson(QVariant(*r)) : errorLine(r.error());
    }
    if (name == QLatin1String("delete_many")) {
        if (args.isEmpty())
            return errorLine(usage(*command));
        QStringList keys;
        for (const QString &a : args)
            keys.append(keyOf(a));
        const Result<int> r = m_cache.removeMany(keys, version);
        return r ? ok : errorLine(r.error());
    }
    if (name == QLatin1String("has_key")) {
        if (!need(1, 1))
            return errorLine(usage(*command));
        return boolLine(m_cache.hasKey(keyOf(args.at(0)), version));
    }
    if (name == QLatin1String("touch")) {
        if (!need(1, 2))
            return errorLine(usage(*command));
        if (args.size() == 2) {
            const Result<Timeout> t = parseTimeout(args.at(1));
            if (!t)
                return errorLine(t.error());
            timeout = *t;
        }
        return boolLine(m_cache.touch(keyOf(args.at(0)), timeout, version));
    }
    if (name == QLatin1String("incr") || name == QLatin1String("decr")) {
        if (!need(1, 2))
            return errorLine(usage(*command));
        qint64 by = delta.value_or(1);
        if (args.size() == 2) {
            const Result<qint64> d = parseInteger(args.at(1), "delta");
            if (!d)
                return errorLine(d.error());
            by = *d;
        }
        const Result<qint64> r = name == QLatin1String("incr")
                ? m_cache.incr(keyOf(args.at(0)), by, version)
                : m_cache.decr(keyOf(args.at(0)), by, version);
        return r ? QString::number(*r) : errorLine(r.error());
    }
    if (name == QLatin1String("incr_version") || name == QLatin1String("decr_version")) {
        if (!need(1, 1))
            return errorLine(usage(*command));
        const qint64 by = delta.value_or(1);
        if (by < std::numeric_limits<int>::min() || by > std::numeric_limits<int>::max())
            return errorLine(invalid(tr("delta is out of range")));
        const Result<int> r = name == QLatin1String("incr_version")
                ? m_cache.incrVersion(keyOf(args.at(0)), int(by), version)
                : m_cache.decrVersion(keyOf(args.at(0)), int(by), version);
        return r ? QString::number(*r) : errorLine(r.error());
    }
    if (name == QLatin1String("ttl")) {
        if (!need(1, 1))
            return errorLine(usage(*command));
        const Result<KeyTtl> r = m_cache.ttl(keyOf(args.at(0)), version);
        if (!r)
            return errorLine(r.error());
        switch (r->state) {
        case KeyTtl::State::Missing:
            return QStringLiteral("-2");
        case KeyTtl::State::Forever:
            return QStringLiteral("null");
        case KeyTtl::State::Expiring:
            break;
        }
        // Whole seconds, rounded up: a key with 0.2 s left is still there.
        return QString::number((std::max<qint64>(r->ms, 1) + 999) / 1000);
    }
    if (name == QLatin1String("persist")) {
        if (!need(1, 1))
            return errorLine(usage(*command));
        return boolLine(m_cache.persist(keyOf(args.at(0)), version));
    }
    if (name == QLatin1String("expire")) {
        if (!need(2, 2))
            return errorLine(usage(*command));
        const Result<Timeout> t = parseTimeout(args.at(1));
        if (!t)
            return errorLine(t.error());
        return boolLine(m_cache.expire(keyOf(args.at(0)), *t, version));
    }
    if (name == QLatin1String("clear")) {
        if (!need(0, 0))
            return errorLine(usage(*command));
        const Result<qint64> r = m_cache.clear();
        return r ? ok : errorLine(r.error());
    }
    if (name == QLatin1String("close")) {
        if (!need(0, 0))
            return errorLine(usage(*command));
        m_cache.close();
        return ok;
    }
    if (name == QLatin1String("keys")) {
        if (!need(0, 1))
            return errorLine(usage(*command));
        const QString glob = args.isEmpty() ? QStringLiteral("*") : keyOf(args.at(0));
        const Result<QStringList> r = m_cache.keys(glob, version);
        return r ? toJson(QVariant(*r)) : errorLine(r.error());
    }
    if (name == QLatin1String("stats")) {
        if (!need(0, 0))
            return errorLine(usage(*command));
        const CacheStats s = m_cache.stats();
        // Deterministic fields only, so that scripts can compare the line.
        return QStringLiteral("{\"calls\":%1,\"hits\":%2,\"misses\":%3,\"errors\":%4,"
                              "\"decode_failures\":%5,\"key_warnings\":%6}")
                .arg(s.calls)
                .arg(s.hits)
                .arg(s.misses)
                .arg(s.errors)
                .arg(s.decodeFailures)
                .arg(s.keyWarnings);
    }
    // help
    return commands().join(QLatin1Char(' '));
}

} // namespace pm
