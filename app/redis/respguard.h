#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>

#include <deque>
#include <optional>
#include <vector>

namespace pm {

/// What one reply may declare. Every reply of every command gets limits (RespLimits::
/// forCommand): a reply that declares more is refused from its header, before anything of
/// that size is allocated or waited for.
struct RespLimits
{
    /// Replies of commands with no explicit limit (unknown commands, GET without a cap).
    static constexpr qint64 DefaultMaxBytes = 64 * 1024 * 1024;
    /// Status, integer and error replies, the handshake, EVAL of our scripts.
    static constexpr qint64 SmallMaxBytes = 64 * 1024;
    /// Array elements of one reply, all levels: hiredis spends ~56 bytes on each.
    static constexpr qint64 DefaultMaxElements = 1 << 20;
    /// hiredis 0.14's reader supports at most 7 nested arrays.
    static constexpr int HiredisMaxDepth = 7;

    qint64 maxBytes = DefaultMaxBytes; ///< the whole reply, framing included
    qint64 maxBulk = DefaultMaxBytes; ///< one bulk string, status or error line
    qint64 maxElements = DefaultMaxElements; ///< array elements of the reply, nested included
    int maxDepth = HiredisMaxDepth; ///< array nesting (0: no array at all)

    /// The limits of the reply to `argv`: small scalar limits for AUTH, SELECT, PING, SET,
    /// UNLINK, EXISTS, INCR …; a value for GET (`maxReplyBytes`, else DefaultMaxBytes);
    /// exactly one element per key for MGET, each within `maxReplyBytes / keys`; two levels
    /// for SCAN; small replies of any shape for EVAL/EVALSHA. `maxReplyBytes` >= 0 caps the
    /// whole reply of any command.
    static RespLimits forCommand(const QList<QByteArray> &argv, qint64 maxReplyBytes = -1);
    /// Anything a pub/sub subscriber receives: messages, confirmations, PONGs, errors.
    static RespLimits subscriber();
};

/// An incremental validator of the RESP2 reply stream, run over every byte before hiredis's
/// reader sees it (hiredis 0.14 allocates as it parses: a bulk length of 2^63 or an array of
/// 2^31 elements is handed to malloc/calloc as declared).
///
/// It checks the grammar (the type byte, CRLF line ends, numbers that are digits and fit in
/// 64 bits, "-1" as the only negative length, bulk bodies followed by CRLF) and, per reply,
/// the declared bulk lengths, array counts, nesting depth and the running byte total (bytes
/// seen plus bytes still declared, at least 3 per pending element) against that reply's
/// RespLimits. Replies are matched to limits in order (expect()); bytes that no expected
/// reply accounts for are an error unless a fallback is set (a subscriber's pushed messages).
///
/// Errors: Protocol for malformed bytes, TooLarge for a reply beyond its limits. An error is
/// sticky: the stream is out of step and the connection must be dropped. O(1) per bulk body
/// chunk, so large values cost nothing extra.
class RespGuard
{
public:
    /// Forgets every expectation and the parse state (a new connection or round trip).
    void reset();
    /// The limits of the next reply not yet begun.
    void expect(const RespLimits &limits);
    /// Limits for replies nobody expect()ed (none: such bytes are an error).
    void setFallback(std::optional<RespLimits> limits);

    /// Validates the next bytes of the stream. On error, do not hand them to hiredis.
    Result<void> feed(const char *data, qsizetype size);

    /// Replies completed since reset().
    quint64 replies() const { return m_replies; }
    /// True between replies (no reply begun or partly read).
    bool atBoundary() const { return !m_inReply && m_state == State::Type; }

private:
    enum class State { Type, Line, LineLf, Body, BodyCr, BodyLf, Failed };

    bool beginReply();
    Result<void> endLine();
    void elementDone();
    bool overBudget() const { return m_used + m_reserved > m_limits.maxBytes; }
    Result<void> fail(Error error);

    State m_state = State::Type;
    bool m_inReply = false;
    RespLimits m_limits;
    std::deque<RespLimits> m_expected;
    std::optional<RespLimits> m_fallback;
    std::vector<qint64> m_open; // elements still to come in each open array
    qint64 m_used = 0; // bytes of the current reply so far
    qint64 m_reserved = 0; // bytes the current reply has declared but not sent yet
    qint64 m_elements = 0; // array elements declared in the current reply
    char m_kind = 0; // type byte of the current line
    qint64 m_lineLength = 0;
    quint64 m_magnitude = 0; // digits of the current number line
    bool m_negative = false;
    qint64 m_bodyLeft = 0;
    quint64 m_replies = 0;
    Error m_error;
};

} // namespace pm
