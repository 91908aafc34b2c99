#include "redis/redisreply.h"

#include <hiredis/hiredis.h>

namespace pm {

void RedisReply::Deleter::operator()(redisReply *r) const
{
    freeReplyObject(r);
}

RedisReply RedisReply::adopt(redisReply *reply)
{
    RedisReply r;
    r.m_owner.reset(reply);
    r.m_reply = reply;
    return r;
}

RedisReply RedisReply::fromBulk(QByteArray bytes)
{
    RedisReply r;
    r.m_bulk = std::move(bytes);
    r.m_isBulk = true;
    return r;
}

RedisReply::Type RedisReply::type() const
{
    if (m_isBulk)
        return Type::String;
    if (!m_reply)
        return Type::Nil;
    switch (m_reply->type) {
    case REDIS_REPLY_STRING:
        return Type::String;
    case REDIS_REPLY_ARRAY:
        return Type::Array;
    case REDIS_REPLY_INTEGER:
        return Type::Integer;
    case REDIS_REPLY_STATUS:
        return Type::Status;
    case REDIS_REPLY_ERROR:
        return Type::Error;
    default:
        return Type::Nil;
    }
}

QByteArrayView RedisReply::view() const
{
    if (m_isBulk)
        return m_bulk;
    if (!m_reply || !m_reply->str)
        return {};
    switch (m_reply->type) {
    case REDIS_REPLY_STRING:
    case REDIS_REPLY_STATUS:
    case REDIS_REPLY_ERROR:
        return QByteArrayView(m_reply->str, qsizetype(m_reply->len));
    default:
        return {};
    }
}

QByteArray RedisReply::string() const
{
    if (m_isBulk)
        return m_bulk;
    return view().toByteArray();
}

qsizetype RedisReply::length() const
{
    return view().size();
}

long long RedisReply::integer() const
{
    return (m_reply && m_reply->type == REDIS_REPLY_INTEGER) ? m_reply->integer : 0;
}

std::size_t RedisReply::size() const
{
    return (m_reply && m_reply->type == REDIS_REPLY_ARRAY) ? m_reply->elements : 0;
}

RedisReply RedisReply::element(std::size_t i) const
{
    RedisReply r;
    if (i < size())
        r.m_reply = m_reply->element[i];
    return r;
}

bool RedisReply::isStatus(QByteArrayView status) const
{
    return isStatus() && view() == status;
}

} // namespace pm
