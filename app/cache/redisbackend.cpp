#include "cache/redisbackend.h"

#include "core/logging.h"
#include "redis/rediserror.h"
#include "redis/respwriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace pm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pm::RedisBackend", text);
}

// INCRBY that refuses to create a missing key (Django: incr on a missing key is an error).
// A wrong Redis type and a non-integer string fail in INCRBY, an int64 overflow too (and then
// nothing is written). Lua numbers are doubles: returning INCRBY's reply would round anything
// above 2^53, so the script answers the stored decimal string, which Redis wrote exactly.
const QByteArray IncrScript
        = QByteArrayLiteral("if redis.call('EXISTS', KEYS[1]) == 0 then "
                            "return redis.error_reply('NOTFOUND key not found') end "
                            "redis.call('INCRBY', KEYS[1], ARGV[1]) "
                            "return redis.call('GET', KEYS[1])");

const QByteArray &incrScriptSha()
{
    static const QByteArray sha
            = QCryptographicHash::hash(IncrScript, QCryptographicHash::Sha1).toHex();
    return sha;
}

// RESP framing of one bulk string ("$<len>\r\n…\r\n") plus slack.
constexpr qint64 ReplyOverhead = 64;
constexpr int ClearBatch = 1000;
constexpr qsizetype MaxLoggedKeys = 4096;
// Enough of a value to name its type: envelope header, object-name length and name.
constexpr int TypeProbeBytes = ValueCodec::HeaderSize + 1 + 255;

/// The SCAN MATCH prefilter of a namespace: `<escaped prefix>*:*` (a version, a colon, a key).
/// Every candidate is still checked with isNamespaceKey().
QByteArray namespacePattern(const QByteArray &namespacePrefix)
{
    return RedisBackend::escapeGlob(namespacePrefix) + "*:*";
}

QByteArray pxArg(qint64 ms)
{
    return QByteArray::number(qMax<qint64>(1, ms));
}

Error unexpectedReply(const char *command)
{
    return Error(ErrorKind::Protocol,
                 QCoreApplication::translate("pm::RedisBackend", "Unexpected reply to %1.")
                         .arg(QString::fromLatin1(command)));
}

} // namespace

Result<std::unique_ptr<CacheBackend>> createRedisBackend(const QString &url, Clock &,
                                                         const ValueCodec &codec)
{
    // Redis expires keys itself, so the injected clock is not needed here.
    Result<RedisOptions> options = RedisOptions::fromUrl(url);
    if (!options)
        return options.error();
    return std::unique_ptr<CacheBackend>(
            std::make_unique<RedisBackend>(std::move(options.value()), codec));
}

RedisBackend::RedisBackend(RedisOptions options, ValueCodec codec)
    : m_codec(std::move(codec))
    , m_connection(std::move(options))
{ }

QString RedisBackend::name() const
{
    return QStringLiteral("redis");
}

QStringList RedisBackend::requiredCommands()
{
    return {QStringLiteral("auth"),    QStringLiteral("select"),       QStringLiteral("ping"),
            QStringLiteral("get"),     QStringLiteral("mget"),         QStringLiteral("set"),
            QStringLiteral("unlink"),  QStringLiteral("exists"),       QStringLiteral("pexpire"),
            QStringLiteral("persist"), QStringLiteral("pttl"),         QStringLiteral("evalsha"),
            QStringLiteral("eval"),    QStringLiteral("incrby"),       QStringLiteral("scan"),
            QStringLiteral("type"),    QStringLiteral("memory|usage"), QStringLiteral("getrange")};
}

QByteArray RedisBackend::escapeGlob(const QByteArray &prefix)
{
    QByteArray out;
    out.reserve(prefix.size() + 8);
    for (const char ch : prefix) {
        if (ch == '*' || ch == '?' || ch == '[' || ch == ']' || ch == '\\')
            out.append('\\');
        out.append(ch);
    }
    return out;
}

void RedisBackend::noteDecodeFailure(const QByteArray &key, const QString &why, CallFacts &facts)
{
    ++facts.misses;
    ++facts.decodeFailures;
    std::lock_guard<std::mutex> lock(m_loggedMutex);
    if (m_loggedKeys.contains(key))
        return;
    if (m_loggedKeys.size() >= MaxLoggedKeys)
        m_loggedKeys.clear(); // bounded memory; a key may then be logged once more
    m_loggedKeys.insert(key);
    qCWarning(lcRedis).noquote() << "treating the value of" << key.toPercentEncoding(" :/")
                                 << "as a miss:" << why;
}

std::optional<QVariant> RedisBackend::decodeValue(const QByteArray &key, const RedisReply &reply,
                                                  CallFacts &facts)
{
    if (reply.isNil()) {
        ++facts.misses;
        return std::nullopt;
    }
    if (reply.isError()) {
        noteDecodeFailure(key, RedisError::fromReply(reply).message, facts);
        return std::nullopt;
    }
    const QByteArrayView bytes = reply.view();
    facts.bytesIn += bytes.size();
    Result<QVariant> value = m_codec.decode(bytes.data(), bytes.size());
    if (!value) {
        noteDecodeFailure(key, value.error().toString(), facts);
        return std::nullopt;
    }
    ++facts.hits;
    return std::move(value.value());
}

Result<std::optional<QVariant>> RedisBackend::get(const QByteArray &key, CallFacts &facts)
{
    RedisConnection::CallOptions call;
    // Never fetch a value above the cap whole: the connection gives up past this many bytes.
    call.maxReplyBytes = m_codec.maxBytes() + ReplyOverhead;
    Result<RedisReply> reply = m_connection.command({QByteArrayLiteral("GET"), key}, call);
    if (!reply) {
        const ErrorKind kind = reply.error().kind;
        if (kind == ErrorKind::Type || kind == ErrorKind::TooLarge) {
            // A list/hash under our key, or a foreign giant: not ours to read, so a miss.
            noteDecodeFailure(key, reply.error().toString(), facts);
            return std::optional<QVariant>();
        }
        return reply.error();
    }
    return decodeValue(key, reply.value(), facts);
}

Result<void> RedisBackend::set(const QByteArray &key, const QVariant &value, Expiry expiry,
                               CallFacts &facts)
{
    Result<QByteArray> bytes = m_codec.encode(value);
    if (!bytes)
        return bytes.error();
    if (expiry.expiresAtOnce()) {
        // Django: a non-positive timeout deletes the key.
        Result<RedisReply> r = m_connection.command({QByteArrayLiteral("UNLINK"), key});
        if (!r)
            return r.error();
        return {};
    }
    facts.bytesOut += bytes->size();
    RedisArgv argv{QByteArrayLiteral("SET"), key, bytes.value()};
    if (!expiry.infinite)
        argv << QByteArrayLiteral("PX") << pxArg(expiry.ms);
    Result<RedisReply> r = m_connection.command(argv);
    if (!r)
        return r.error();
    return {};
}

Result<bool> RedisBackend::add(const QByteArray &key, const QVariant &value, Expiry expiry,
                               CallFacts &facts)
{
    Result<QByteArray> bytes = m_codec.encode(value);
    if (!bytes)
        return bytes.error();
    if (expiry.expiresAtOnce()) {
        // Stored and expired at once: true unless a live key blocks the add, nothing readable.
        Result<RedisReply> r = m_connection.command({QByteArrayLiteral("EXISTS"), key});
        if (!r)
            return r.error();
        return r->integer() == 0;
    }
    RedisArgv argv{QByteArrayLiteral("SET"), key, bytes.value(), QByteArrayLiteral("NX")};
    if (!expiry.infinite)
        argv << QByteArrayLiteral("PX") << pxArg(expiry.ms);
    Result<RedisReply> r = m_connection.command(argv);
    if (!r)
        return r.error();
    const bool stored = r->isStatus("OK");
    if (stored)
        facts.bytesOut += bytes->size();
    return stored;
}

Result<bool> RedisBackend::remove(const QByteArray &key, CallFacts &)
{
    Result<RedisReply> r = m_connection.command({QByteArrayLiteral("UNLINK"), key});
    if (!r)
        return r.error();
    return r->integer() > 0;
}

Result<QList<QPair<QByteArray, QVariant>>> RedisBackend::getMany(const QList<QByteArray> &keys,
                                                                 CallFacts &facts)
{
    QList<QPair<QByteArray, QVariant>> out;
    if (keys.isEmpty())
        return out;
    RedisArgv argv;
    argv.reserve(keys.size() + 1);
    argv << QByteArrayLiteral("MGET") << keys;
    RedisConnection::CallOptions call;
    // A bound on the whole reply; values are checked one by one below.
    call.maxReplyBytes = (m_codec.maxBytes() + ReplyOverhead) * keys.size();
    Result<RedisReply> r = m_connection.command(argv, call);
    if (!r) {
        if (r.error().kind == ErrorKind::TooLarge) {
            for (const QByteArray &key : keys)
                noteDecodeFailure(key, r.error().toString(), facts);
            return out;
        }
        return r.error();
    }
    if (!r->isArray() || r->size() != std::size_t(keys.size()))
        return unexpectedReply("MGET");
    for (qsizetype i = 0; i < keys.size(); ++i) {
        std::optional<QVariant> value = decodeValue(keys[i], r->element(std::size_t(i)), facts);
        if (value)
            out.append({keys[i], std::move(*value)});
    }
    return out;
}

Result<QList<QByteArray>> RedisBackend::setMany(const QList<QPair<QByteArray, QVariant>> &items,
                                                Expiry expiry, CallFacts &facts)
{
    QList<QByteArray> failed;
    if (items.isEmpty())
        return failed;
    if (expiry.expiresAtOnce()) {
        QList<QByteArray> keys;
        for (const auto &item : items)
            keys.append(item.first);
        Result<int> removed = removeMany(keys, facts);
        if (!removed)
            return removed.error();
        return failed;
    }
    // One RESP buffer, written as the values are encoded: no argument list, no value copy per
    // key. Reused by this thread's next call (a pipeline of 1,000 keys is ~60 KB).
    thread_local QByteArray request;
    thread_local QByteArray value;
    request.resize(0); // keeps the capacity (clear() would free it)
    RespWriter writer(request);
    QList<qsizetype> sent; // index into items of each command
    sent.reserve(items.size());
    const QByteArray ms = expiry.infinite ? QByteArray() : pxArg(expiry.ms);
    for (qsizetype i = 0; i < items.size(); ++i) {
        value.resize(0);
        if (!m_codec.encodeInto(items.at(i).second, value)) {
            failed.append(items.at(i).first);
            continue;
        }
        facts.bytesOut += value.size();
        writer.command(expiry.infinite ? 3 : 5);
        writer.arg("SET");
        writer.arg(items.at(i).first);
        writer.arg(value);
        if (!expiry.infinite) {
            writer.arg("PX");
            writer.arg(ms);
        }
        sent.append(i);
    }
    if (sent.isEmpty())
        return failed;
    Result<QList<qsizetype>> notOk = m_connection.pipelineOk(writer.finish(), sent.size());
    if (request.capacity() > 1024 * 1024)
        request = QByteArray(); // do not keep a large pipeline's buffer around
    if (value.capacity() > 1024 * 1024)
        value = QByteArray();
    if (!notOk)
        return notOk.error();
    for (qsizetype command : notOk.value())
        failed.append(items.at(sent.at(command)).first);
    return failed;
}

Result<int> RedisBackend::removeMany(const QList<QByteArray> &keys, CallFacts &)
{
    if (keys.isEmpty())
        return 0;
    RedisArgv argv;
    argv.reserve(keys.size() + 1);
    argv << QByteArrayLiteral("UNLINK") << keys;
    Result<RedisReply> r = m_connection.command(argv);
    if (!r)
        return r.error();
    return int(r->integer());
}

Result<bool> RedisBackend::hasKey(const QByteArray &key, CallFacts &)
{
    Result<RedisReply> r = m_connection.command({QByteArrayLiteral("EXISTS"), key});
    if (!r)
        return r.error();
    return r->integer() > 0;
}

Result<bool> RedisBackend::existsThenPersist(const QByteArray &key, CallFacts &)
{
    // PERSIST answers 0 both for a missing key and for one without expiry; EXISTS tells them
    // apart. One round trip.
    Result<std::vector<RedisReply>> r = m_connection.pipeline(
            {{QByteArrayLiteral("EXISTS"), key}, {QByteArrayLiteral("PERSIST"), key}});
    if (!r)
        return r.error();
    for (const RedisReply &reply : r.value()) {
        if (reply.isError())
            return RedisError::fromReply(reply);
    }
    return r->front().integer() > 0;
}

Result<bool> RedisBackend::expireIn(const QByteArray &key, Expiry expiry, CallFacts &facts)
{
    if (expiry.infinite)
        return existsThenPersist(key, facts);
    // PEXPIRE with a non-positive time deletes the key and answers 1 if it existed.
    const QByteArray ms = QByteArray::number(expiry.expiresAtOnce() ? 0 : expiry.ms);
    Result<RedisReply> r = m_connection.command({QByteArrayLiteral("PEXPIRE"), key, ms});
    if (!r)
        return r.error();
    return r->integer() > 0;
}

Result<bool> RedisBackend::touch(const QByteArray &key, Expiry expiry, CallFacts &facts)
{
    return expireIn(key, expiry, facts);
}

Result<bool> RedisBackend::expire(const QByteArray &key, Expiry expiry, CallFacts &facts)
{
    return expireIn(key, expiry, facts);
}

Result<bool> RedisBackend::persist(const QByteArray &key, CallFacts &facts)
{
    return existsThenPersist(key, facts);
}

Result<qint64> RedisBackend::incr(const QByteArray &key, qint64 delta, CallFacts &)
{
    const QByteArray d = QByteArray::number(delta);
    Result<RedisReply> r = m_connection.command(
            {QByteArrayLiteral("EVALSHA"), incrScriptSha(), QByteArrayLiteral("1"), key, d});
    if (!r && r.error().message.startsWith(QStringLiteral("NOSCRIPT")))
        r = m_connection.command(
                {QByteArrayLiteral("EVAL"), IncrScript, QByteArrayLiteral("1"), key, d});
    if (!r) {
        const Error &e = r.error();
        if (e.message.startsWith(QStringLiteral("NOTFOUND")))
            return Error(ErrorKind::NotFound, tr("Key not found."));
        if (e.kind == ErrorKind::Type || e.message.contains(QStringLiteral("not an integer")))
            return Error(ErrorKind::Type, tr("The value is not an integer."));
        if (e.message.contains(QStringLiteral("overflow")))
            return Error(ErrorKind::InvalidInput,
                         QCoreApplication::translate("pm::Cache",
                                                     "increment or decrement would overflow"));
        return e;
    }
    qint64 value = 0;
    if (!r->isString() || !ValueCodec::parseInteger(r->view().data(), r->view().size(), &value))
        return unexpectedReply("INCRBY");
    return value;
}

Result<KeyTtl> RedisBackend::ttl(const QByteArray &key, CallFacts &)
{
    Result<RedisReply> r = m_connection.command({QByteArrayLiteral("PTTL"), key});
    if (!r)
        return r.error();
    KeyTtl t;
    const long long ms = r->integer();
    if (ms == -2) {
        t.state = KeyTtl::State::Missing;
    } else if (ms == -1) {
        t.state = KeyTtl::State::Forever;
    } else {
        t.state = KeyTtl::State::Expiring;
        t.ms = ms;
    }
    return t;
}

Result<qint64> RedisBackend::clear(const QByteArray &namespacePrefix, CallFacts &)
{
    // An empty prefix would match the whole database, which clear() must never touch.
    if (namespacePrefix.isEmpty())
        return Error(ErrorKind::InvalidInput,
                     tr("Refusing to clear Redis without a namespace prefix."));
    const QByteArray pattern = namespacePattern(namespacePrefix);
    QByteArray cursor = QByteArrayLiteral("0");
    qint64 removed = 0;
    do {
        Result<RedisReply> page = m_connection.command(
                {QByteArrayLiteral("SCAN"), cursor, QByteArrayLiteral("MATCH"), pattern,
                 QByteArrayLiteral("COUNT"), QByteArray::number(ClearBatch)});
        if (!page)
            return page.error();
        if (!page->isArray() || page->size() != 2)
            return unexpectedReply("SCAN");
        cursor = page->element(0).string();
        const RedisReply keys = page->element(1);
        RedisArgv argv;
        argv.reserve(qsizetype(keys.size()) + 1);
        argv << QByteArrayLiteral("UNLINK");
        for (std::size_t i = 0; i < keys.size(); ++i) {
            // MATCH only prefilters (`:*:*` also matches `:session:abc`): a neighbour's key
            // on a shared Redis is never unlinked.
            QByteArray key = keys.element(i).string();
            if (isNamespaceKey(namespacePrefix, key))
                argv << std::move(key);
        }
        if (argv.size() == 1)
            continue;
        Result<RedisReply> r = m_connection.command(argv);
        if (!r)
            return r.error();
        removed += r->integer();
    } while (cursor != "0");
    return removed;
}

Result<KeyPage> RedisBackend::scan(const QByteArray &namespacePrefix, const QByteArray &cursor,
                                   int pageSize, CallFacts &)
{
    const QByteArray pattern = namespacePattern(namespacePrefix);
    Result<RedisReply> page = m_connection.command(
            {QByteArrayLiteral("SCAN"), cursor.isEmpty() ? QByteArrayLiteral("0") : cursor,
             QByteArrayLiteral("MATCH"), pattern, QByteArrayLiteral("COUNT"),
             QByteArray::number(qMax(1, pageSize))});
    if (!page)
        return page.error();
    if (!page->isArray() || page->size() != 2)
        return unexpectedReply("SCAN");
    KeyPage out;
    const QByteArray next = page->element(0).string();
    out.cursor = next == "0" ? QByteArray() : next;
    const RedisReply keys = page->element(1);

    // Four facts per key in one round trip. GETRANGE reads just enough to name our type
    // (it fails with WRONGTYPE in place for lists, hashes …, whose Redis type is shown).
    QList<RedisArgv> commands;
    commands.reserve(qsizetype(keys.size()) * 4);
    QList<QByteArray> names;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const QByteArray key = keys.element(i).string();
        if (!isNamespaceKey(namespacePrefix, key))
            continue; // a neighbour's key that passed the MATCH prefilter
        names.append(key);
        commands.append({QByteArrayLiteral("TYPE"), key});
        commands.append({QByteArrayLiteral("MEMORY"), QByteArrayLiteral("USAGE"), key});
        commands.append({QByteArrayLiteral("PTTL"), key});
        commands.append({QByteArrayLiteral("GETRANGE"), key, QByteArrayLiteral("0"),
                         QByteArray::number(TypeProbeBytes - 1)});
    }
    if (commands.isEmpty())
        return out;
    Result<std::vector<RedisReply>> facts = m_connection.pipeline(commands);
    if (!facts)
        return facts.error();
    for (qsizetype i = 0; i < names.size(); ++i) {
        const RedisReply &type = facts->at(std::size_t(i * 4));
        const RedisReply &memory = facts->at(std::size_t(i * 4 + 1));
        const RedisReply &pttl = facts->at(std::size_t(i * 4 + 2));
        const RedisReply &head = facts->at(std::size_t(i * 4 + 3));
        if (type.isStatus("none"))
            continue; // expired or removed between SCAN and now
        KeyInfo info;
        info.key = names[i];
        if (type.isStatus("string") && head.isString())
            info.type = ValueCodec::typeName(head.view().data(), head.length());
        else
            info.type = QString::fromUtf8(type.string());
        info.sizeBytes = memory.isInteger() ? memory.integer() : -1;
        const long long ms = pttl.integer();
        if (ms == -1)
            info.ttl.state = KeyTtl::State::Forever;
        else if (ms >= 0)
            info.ttl = KeyTtl{KeyTtl::State::Expiring, ms};
        out.keys.append(info);
    }
    return out;
}

Result<std::optional<QByteArray>> RedisBackend::rawValue(const QByteArray &key)
{
    RedisConnection::CallOptions call;
    call.maxReplyBytes = m_codec.maxBytes() + ReplyOverhead;
    Result<RedisReply> reply = m_connection.command({QByteArrayLiteral("GET"), key}, call);
    if (!reply)
        return reply.error();
    if (reply->isNil())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(reply->string());
}

void RedisBackend::close()
{
    m_connection.close();
}

} // namespace pm
