#include "redis/sentinelresolver.h"

#include "core/logging.h"
#include "redis/redisconnection.h"
#include "redis/redisreply.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace pm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pm::SentinelResolver", text);
}

int msUntil(SentinelResolver::TimePoint deadline)
{
    return int(std::chrono::ceil<std::chrono::milliseconds>(deadline
                                                            - std::chrono::steady_clock::now())
                       .count());
}

} // namespace

SentinelResolver::SentinelResolver(QList<RedisEndpoint> sentinels, QString service,
                                   QString sentinelPassword, const RedisOptions &base)
    : m_sentinels(std::move(sentinels))
    , m_service(std::move(service))
    , m_password(std::move(sentinelPassword))
    , m_allowInsecure(base.allowInsecureRemote)
{
    for (qsizetype i = 0; i < m_sentinels.size(); ++i) {
        // A sentinel speaks RESP on its own port: the same connection class, without the
        // data user, password or database, and with the sentinels' own password.
        RedisOptions o = base;
        o.sentinel.reset();
        o.transport = RedisOptions::Transport::Tcp;
        o.host = m_sentinels.at(i).host;
        o.port = m_sentinels.at(i).port;
        o.user.clear();
        o.password = m_password;
        o.db = 0;
        m_connections.push_back(std::make_unique<RedisConnection>(o));
        m_order.append(int(i));
    }
}

SentinelResolver::~SentinelResolver() = default;

QList<RedisEndpoint> SentinelResolver::sentinels() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    QList<RedisEndpoint> out;
    for (int i : m_order)
        out.append(m_sentinels.at(i));
    return out;
}

Result<RedisEndpoint> SentinelResolver::discover(TimePoint deadline)
{
    QList<int> order;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        order = m_order;
    }
    QStringList tried;
    Error last;
    bool unknownService = false;
    for (qsizetype i = 0; i < order.size(); ++i) {
        const int left = msUntil(deadline);
        if (left <= 0)
            break;
        const int index = order.at(i);
        const RedisEndpoint &sentinel = m_sentinels.at(index);
        tried.append(sentinel.toString());
        // A fair share of what is left, so one black-holed sentinel cannot use it all.
        RedisConnection::CallOptions call;
        call.deadlineMs = std::max(1, left / int(order.size() - i));
        Result<RedisReply> reply = m_connections[size_t(index)]->command(
                {QByteArrayLiteral("SENTINEL"), QByteArrayLiteral("get-master-addr-by-name"),
                 m_service.toUtf8()},
                call);
        if (!reply) {
            last = reply.error();
            qCDebug(lcRedis).noquote()
                    << "sentinel" << sentinel.toString() << "did not answer:" << last.toString();
            continue;
        }
        if (reply->isNil()) {
            unknownService = true;
            continue;
        }
        bool portOk = false;
        const int port = reply->size() == 2 ? reply->element(1).string().toInt(&portOk) : 0;
        if (!reply->isArray() || reply->size() != 2 || !portOk || port <= 0 || port > 65535) {
            last = Error(ErrorKind::Protocol,
                         tr("sentinel %1 gave an unexpected answer").arg(sentinel.toString()));
            continue;
        }
        const RedisEndpoint master{QString::fromUtf8(reply->element(0).string()), port};
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_order.removeOne(index);
            m_order.prepend(index);
            m_lastMaster = master;
            m_lastAsked = std::chrono::steady_clock::now();
            m_asked = true;
        }
        if (!m_allowInsecure && !isLoopbackHost(master.host))
            return Error(ErrorKind::InvalidInput,
                         tr("the sentinels name the remote master %1, but Redis traffic is not "
                            "encrypted: add allow_insecure=1 to the URL to accept this")
                                 .arg(master.toString()));
        return master;
    }
    if (unknownService)
        return Error(ErrorKind::NotFound, tr("sentinels do not know service %1").arg(m_service));
    if (tried.isEmpty())
        return Error(ErrorKind::Timeout, tr("no sentinel answered within the deadline"));
    QString message = tr("no sentinel answered (tried %1)").arg(tried.join(QStringLiteral(", ")));
    if (!last.message.isEmpty())
        message += QStringLiteral(": ") + last.message;
    return Error(ErrorKind::Unavailable, message);
}

bool SentinelResolver::masterMoved(const RedisEndpoint &current, TimePoint deadline)
{
    const auto now = std::chrono::steady_clock::now();
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_asked && now - m_lastAsked < std::chrono::milliseconds(RecheckMs))
            return !(m_lastMaster == current);
        // Only one caller asks; the others keep the last answer until it arrives.
        m_lastAsked = now;
        m_asked = true;
    }
    // At most half of what the call has left: a hung sentinel must not time out the call.
    Result<RedisEndpoint> master = discover(now + (deadline - now) / 2);
    if (!master)
        return master.error().kind == ErrorKind::InvalidInput;
    return !(master.value() == current);
}

Result<void> SentinelResolver::checkRole(const RedisReply &role, const RedisEndpoint &target)
{
    if (role.isError())
        return Error(ErrorKind::Reply, QString::fromUtf8(role.string()));
    const QByteArray name
            = role.isArray() && role.size() > 0 ? role.element(0).string() : QByteArray();
    if (name == "master")
        return {};
    if (name == "slave" || name == "replica")
        return Error(ErrorKind::Unavailable,
                     tr("the master named by the sentinels (%1) answers as replica")
                             .arg(target.toString()));
    return Error(ErrorKind::Protocol,
                 tr("the master named by the sentinels (%1) answers as %2")
                         .arg(target.toString(), QString::fromUtf8(name.left(20))));
}

bool SentinelResolver::hitDemotedMaster(const std::vector<RedisReply> &replies)
{
    return std::any_of(replies.begin(), replies.end(), [](const RedisReply &r) {
        return r.isError() && r.view().startsWith("READONLY");
    });
}

Error SentinelResolver::failoverError()
{
    return Error(ErrorKind::Unavailable, tr("the Redis master changed (failover); retry"));
}

} // namespace pm
