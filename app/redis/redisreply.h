#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>
#include <memory>

struct redisReply;

namespace pm {

/// A hiredis reply. Owning (as returned by RedisConnection) or a borrowed view of an element
/// of an owning array reply; a view must not outlive its owner. Move-only.
class RedisReply
{
public:
    enum class Type { String, Array, Integer, Nil, Status, Error };

    RedisReply() = default;
    /// Takes ownership of a reply allocated by hiredis (freed with freeReplyObject).
    static RedisReply adopt(redisReply *reply);
    /// A String reply read by RedisConnection itself (large values bypass hiredis's reader).
    static RedisReply fromBulk(QByteArray bytes);

    RedisReply(RedisReply &&) noexcept = default;
    RedisReply &operator=(RedisReply &&) noexcept = default;
    RedisReply(const RedisReply &) = delete;
    RedisReply &operator=(const RedisReply &) = delete;

    bool isValid() const { return m_reply != nullptr || m_isBulk; }
    Type type() const;
    bool isError() const { return type() == Type::Error; }
    bool isNil() const { return type() == Type::Nil; }
    bool isString() const { return type() == Type::String; }
    bool isStatus() const { return type() == Type::Status; }
    bool isInteger() const { return type() == Type::Integer; }
    bool isArray() const { return type() == Type::Array; }

    /// The bytes of a String, Status or Error reply (a copy, except for large values, which
    /// are shared); empty otherwise.
    QByteArray string() const;
    /// The same bytes without copying; valid while this reply (or its owner) lives.
    QByteArrayView view() const;
    /// Length in bytes of a String/Status/Error reply.
    qsizetype length() const;
    /// The value of an Integer reply; 0 otherwise.
    long long integer() const;
    /// Number of elements of an Array reply; 0 otherwise.
    std::size_t size() const;
    /// A borrowed view of element i of an Array reply (invalid if out of range).
    RedisReply element(std::size_t i) const;
    /// True for a Status reply equal to `status` (e.g. "OK", "PONG").
    bool isStatus(QByteArrayView status) const;

private:
    struct Deleter
    {
        void operator()(redisReply *r) const;
    };
    std::unique_ptr<redisReply, Deleter> m_owner;
    const redisReply *m_reply = nullptr;
    QByteArray m_bulk; // the value of a reply made by fromBulk()
    bool m_isBulk = false;
};

} // namespace pm
