#include "redis/respguard.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <limits>

namespace pm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pm::RespGuard", text);
}

// The smallest possible element ("+\r\n"): what a declared but unsent element reserves.
constexpr qint64 MinElementBytes = 3;
// Far above any sane limit, low enough that 3 * count never overflows.
constexpr qint64 MaxElementsCap = qint64(1) << 40;

bool sameCommand(const QByteArray &name, const char *upper)
{
    return name.compare(QByteArrayView(upper), Qt::CaseInsensitive) == 0;
}

bool isScalarCommand(const QByteArray &name)
{
    // Commands whose reply is a status, an integer, nil or an error, never a value.
    static const char *const scalar[]
            = {"AUTH",   "SELECT",  "SET",    "UNLINK",  "DEL",    "EXISTS",  "PERSIST",
               "EXPIRE", "PEXPIRE", "TTL",    "PTTL",    "TYPE",   "INCR",    "INCRBY",
               "DECR",   "DECRBY",  "STRLEN", "PUBLISH", "DBSIZE", "FLUSHDB", "LPUSH",
               "RPUSH",  "MEMORY",  "QUIT",   "SETNX",   "PSETEX", "SETEX"};
    return std::any_of(std::begin(scalar), std::end(scalar),
                       [&](const char *s) { return sameCommand(name, s); });
}

Error malformedNumber()
{
    return Error(ErrorKind::Protocol,
                 tr("Redis sent a reply with a malformed or out-of-range length or integer."));
}

} // namespace

RespLimits RespLimits::forCommand(const QList<QByteArray> &argv, qint64 maxReplyBytes)
{
    RespLimits l;
    const QByteArray name = argv.isEmpty() ? QByteArray() : argv.first();
    const bool setGet = sameCommand(name, "SET")
            && std::any_of(argv.begin() + std::min<qsizetype>(3, argv.size()), argv.end(),
                           [](const QByteArray &a) { return sameCommand(a, "GET"); });
    if (sameCommand(name, "PING")) {
        // PING <message> echoes the message.
        l.maxBytes = SmallMaxBytes + (argv.size() > 1 ? argv.at(1).size() : 0);
        l.maxBulk = l.maxBytes;
        l.maxElements = 0;
        l.maxDepth = 0;
    } else if (isScalarCommand(name) && !setGet) {
        l.maxBytes = l.maxBulk = SmallMaxBytes;
        l.maxElements = 0;
        l.maxDepth = 0;
    } else if (sameCommand(name, "EVAL") || sameCommand(name, "EVALSHA")) {
        // Our scripts answer an integer or an error; a larger answer needs an explicit cap.
        l.maxBytes = l.maxBulk = SmallMaxBytes;
        l.maxElements = SmallMaxBytes / MinElementBytes;
    } else if (sameCommand(name, "GET") || sameCommand(name, "GETRANGE") || setGet) {
        l.maxElements = 0;
        l.maxDepth = 0;
    } else if (sameCommand(name, "MGET")) {
        const qint64 keys = std::max<qint64>(1, argv.size() - 1);
        l.maxElements = keys;
        l.maxDepth = 1;
        if (maxReplyBytes >= 0)
            l.maxBulk = maxReplyBytes / keys;
    } else if (sameCommand(name, "SCAN")) {
        l.maxDepth = 2; // [cursor, [keys …]]
    }
    if (maxReplyBytes >= 0) {
        l.maxBytes = maxReplyBytes;
        l.maxBulk = std::min(l.maxBulk, maxReplyBytes);
    }
    // Sums of bytes and 3 * elements can then never overflow.
    l.maxBytes = std::clamp<qint64>(l.maxBytes, 0, qint64(1) << 62);
    l.maxBulk = std::clamp<qint64>(l.maxBulk, 0, l.maxBytes);
    l.maxElements = std::clamp<qint64>(l.maxElements, 0, MaxElementsCap);
    l.maxDepth = std::clamp(l.maxDepth, 0, HiredisMaxDepth);
    return l;
}

RespLimits RespLimits::subscriber()
{
    // ["message", channel, payload], ["subscribe", channel, n], ["pong", ""]: flat and small.
    RespLimits l;
    l.maxBytes = l.maxBulk = 1024 * 1024;
    l.maxElements = 4;
    l.maxDepth = 1;
    return l;
}

void RespGuard::reset()
{
    m_state = State::Type;
    m_inReply = false;
    m_expected.clear();
    m_open.clear();
    m_used = m_reserved = m_elements = 0;
    m_replies = 0;
    m_error = Error();
}

void RespGuard::expect(const RespLimits &limits)
{
    m_expected.push_back(limits);
}

void RespGuard::setFallback(std::optional<RespLimits> limits)
{
    m_fallback = limits;
}

Result<void> RespGuard::fail(Error error)
{
    m_state = State::Failed;
    m_error = error;
    return error;
}

bool RespGuard::beginReply()
{
    if (!m_expected.empty()) {
        m_limits = m_expected.front();
        m_expected.pop_front();
    } else if (m_fallback) {
        m_limits = *m_fallback;
    } else {
        return false;
    }
    m_inReply = true;
    m_open.clear();
    m_used = m_reserved = m_elements = 0;
    return true;
}

void RespGuard::elementDone()
{
    m_state = State::Type;
    while (!m_open.empty()) {
        if (--m_open.back() > 0)
            return;
        m_open.pop_back(); // that array is complete: one more element of its parent
    }
    m_inReply = false;
    ++m_replies;
}

Result<void> RespGuard::endLine()
{
    const auto malformed = [this] {
        return fail(malformedNumber());
    };
    const auto overTotal = [this] {
        return fail(Error(
                ErrorKind::TooLarge,
                tr("The Redis reply exceeds the size limit of %1 bytes.").arg(m_limits.maxBytes)));
    };
    switch (m_kind) {
    case '+':
    case '-':
        elementDone();
        return {};
    case ':':
        if (m_lineLength == 0 || (m_negative && m_magnitude == 0)) // "", "-", "-0"
            return malformed();
        elementDone();
        return {};
    case '$':
    case '*':
        if (m_lineLength == 0 || (m_negative && m_magnitude == 0))
            return malformed();
        if (m_negative) {
            if (m_magnitude != 1) // "-1" is nil; RESP2 has no other negative length
                return malformed();
            elementDone();
            return {};
        }
        break;
    default:
        return fail(Error(ErrorKind::Internal, QStringLiteral("RespGuard: bad state")));
    }
    const qint64 number = qint64(m_magnitude); // not negative, at most 2^63 - 1

    if (m_kind == '$') {
        if (number > m_limits.maxBulk)
            return fail(Error(ErrorKind::TooLarge,
                              tr("A Redis reply declares a string of %1 bytes; at most %2 are "
                                 "accepted for this command.")
                                      .arg(number)
                                      .arg(m_limits.maxBulk)));
        m_reserved += number + 2;
        if (overBudget())
            return overTotal();
        m_bodyLeft = number;
        m_state = number > 0 ? State::Body : State::BodyCr;
        return {};
    }

    // An array header: checked against the limits before hiredis allocates its elements.
    if (qsizetype(m_open.size()) >= m_limits.maxDepth)
        return fail(Error(
                ErrorKind::Protocol,
                tr("A Redis reply nests arrays deeper than %1 levels.").arg(m_limits.maxDepth)));
    if (number > m_limits.maxElements - m_elements)
        return fail(Error(ErrorKind::TooLarge,
                          tr("A Redis reply declares %1 array elements; at most %2 are accepted "
                             "for this command.")
                                  .arg(number)
                                  .arg(m_limits.maxElements - m_elements)));
    m_elements += number;
    m_reserved += MinElementBytes * number;
    if (overBudget())
        return overTotal();
    if (number == 0) {
        elementDone();
        return {};
    }
    m_open.push_back(number);
    m_state = State::Type;
    return {};
}

Result<void> RespGuard::feed(const char *data, qsizetype size)
{
    const char *p = data;
    const char *const end = data + size;
    while (p < end) {
        switch (m_state) {
        case State::Failed:
            return m_error;
        case State::Type: {
            if (!m_inReply && !beginReply())
                return fail(Error(ErrorKind::Protocol,
                                  tr("Redis sent data that no command was waiting for.")));
            const char kind = *p++;
            ++m_used;
            if (!m_open.empty())
                m_reserved -= MinElementBytes; // this element was reserved by its array
            if (kind != '+' && kind != '-' && kind != ':' && kind != '$' && kind != '*')
                return fail(Error(ErrorKind::Protocol,
                                  tr("Redis sent a reply of unknown type (byte 0x%1): not the "
                                     "Redis protocol.")
                                          .arg(uchar(kind), 2, 16, QLatin1Char('0'))));
            m_kind = kind;
            m_lineLength = 0;
            m_magnitude = 0;
            m_negative = false;
            m_state = State::Line;
            break;
        }
        case State::Line: {
            const auto *cr = static_cast<const char *>(std::memchr(p, '\r', size_t(end - p)));
            const char *stop = cr ? cr : end;
            const qint64 n = stop - p;
            if (m_kind == '+' || m_kind == '-') {
                m_lineLength += n;
                m_used += n;
                if (m_lineLength > m_limits.maxBulk || overBudget())
                    return fail(Error(ErrorKind::TooLarge,
                                      tr("The Redis reply exceeds the size limit of %1 bytes.")
                                              .arg(std::min(m_limits.maxBulk, m_limits.maxBytes))));
            } else {
                for (const char *d = p; d < stop; ++d) {
                    const bool minus = *d == '-' && m_lineLength == 0;
                    const int digit = *d - '0';
                    if (!minus && (digit < 0 || digit > 9))
                        return fail(malformedNumber());
                    // No leading zeros (hiredis's string2ll refuses them, as Redis does).
                    const bool afterZero = m_magnitude == 0 && m_lineLength > (m_negative ? 1 : 0);
                    if (afterZero)
                        return fail(malformedNumber());
                    ++m_lineLength;
                    if (minus) {
                        m_negative = true;
                        continue;
                    }
                    // Up to 2^63 - 1, or 2^63 after a minus sign (INT64_MIN is an integer).
                    const quint64 limit
                            = quint64(std::numeric_limits<qint64>::max()) + (m_negative ? 1 : 0);
                    if (m_magnitude > (limit - quint64(digit)) / 10)
                        return fail(malformedNumber());
                    m_magnitude = m_magnitude * 10 + quint64(digit);
                }
                m_used += n;
            }
            p = stop;
            if (cr) {
                ++p;
                ++m_used;
                m_state = State::LineLf;
            }
            break;
        }
        case State::LineLf:
            ++m_used;
            if (*p++ != '\n')
                return fail(Error(ErrorKind::Protocol,
                                  tr("A line of a Redis reply does not end with CRLF.")));
            if (Result<void> r = endLine(); !r)
                return r;
            break;
        case State::Body: {
            const qint64 take = std::min<qint64>(m_bodyLeft, end - p);
            p += take;
            m_used += take;
            m_reserved -= take;
            m_bodyLeft -= take;
            if (m_bodyLeft == 0)
                m_state = State::BodyCr;
            break;
        }
        case State::BodyCr:
        case State::BodyLf: {
            const bool cr = m_state == State::BodyCr;
            ++m_used;
            --m_reserved;
            if (*p++ != (cr ? '\r' : '\n'))
                return fail(Error(ErrorKind::Protocol,
                                  tr("A Redis bulk string does not end with CRLF.")));
            if (cr)
                m_state = State::BodyLf;
            else
                elementDone();
            break;
        }
        }
    }
    return {};
}

} // namespace pm
