#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <algorithm>
#include <cstring>

namespace pm {

/// Formats RESP commands ("*<argc>\r\n" then "$<len>\r\n<bytes>\r\n" per argument) straight into
/// a buffer, for pipelines built without a RedisArgv per command (RedisConnection::pipelineOk).
class RespWriter
{
public:
    /// Appends to `out` (emptied by the caller with resize(0) when it is reused: clear() would
    /// free the buffer). The bytes are in `out` once finish() has run (or the writer is gone).
    explicit RespWriter(QByteArray &out)
        : m_out(out)
        , m_size(out.size())
    { }
    ~RespWriter() { finish(); }
    RespWriter(const RespWriter &) = delete;
    RespWriter &operator=(const RespWriter &) = delete;

    /// "*<argc>\r\n" (or "$<n>\r\n" with kind '$') at `w`; returns the end. At most 23 bytes.
    static char *writeHeader(char *w, char kind, qsizetype n)
    {
        char buf[24];
        char *end = buf + sizeof buf;
        char *p = end;
        *--p = '\n';
        *--p = '\r';
        auto v = quint64(n);
        do {
            *--p = char('0' + v % 10);
            v /= 10;
        } while (v);
        *--p = kind;
        const auto len = size_t(end - p);
        std::memcpy(w, p, len);
        return w + len;
    }

    void command(qsizetype argc)
    {
        char *w = room(24);
        m_size = writeHeader(w, '*', argc) - m_out.constData();
    }

    void arg(QByteArrayView bytes)
    {
        char *w = room(24 + bytes.size() + 2);
        w = writeHeader(w, '$', bytes.size());
        if (!bytes.isEmpty())
            std::memcpy(w, bytes.data(), size_t(bytes.size()));
        w += bytes.size();
        *w++ = '\r';
        *w++ = '\n';
        m_size = w - m_out.constData();
    }

    /// Trims `out` to the bytes written; returns it.
    QByteArray &finish()
    {
        if (m_out.size() != m_size)
            m_out.resize(m_size);
        return m_out;
    }

private:
    /// Room for `n` more bytes past what is written. The buffer grows by doubling and is
    /// trimmed once, in finish(): QByteArray::append goes through insert() in Qt 6.4, which was
    /// ~30% of a 1,000-key pipeline, and a resize per argument was the next cost.
    char *room(qsizetype n)
    {
        if (m_out.size() < m_size + n)
            m_out.resize(std::max<qsizetype>(2 * m_out.size(), m_size + n + 4096));
        return m_out.data() + m_size;
    }

    QByteArray &m_out;
    qsizetype m_size;
};

} // namespace pm
