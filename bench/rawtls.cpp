#include "rawtls.h"

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include <QFile>

#include <cstdlib>
#include <cstring>

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace pm::bench {

RawTlsClient::~RawTlsClient()
{
    if (m_ssl)
        SSL_free(m_ssl);
    if (m_ctx)
        SSL_CTX_free(m_ctx);
    if (m_fd >= 0)
        ::close(m_fd);
}

QString RawTlsClient::open(const QString &host, int port, const QString &caFile)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    const QByteArray hostBytes = host.toUtf8();
    if (::getaddrinfo(hostBytes.constData(), QByteArray::number(port).constData(), &hints, &found)
                != 0
        || !found)
        return QStringLiteral("cannot resolve %1").arg(host);
    m_fd = ::socket(found->ai_family, found->ai_socktype, found->ai_protocol);
    const bool connected = m_fd >= 0 && ::connect(m_fd, found->ai_addr, found->ai_addrlen) == 0;
    ::freeaddrinfo(found);
    if (!connected)
        return QStringLiteral("cannot connect to %1:%2").arg(host).arg(port);
    // As hiredis and our client do: a small request must not wait for Nagle.
    const int one = 1;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));

    m_ctx = SSL_CTX_new(TLS_client_method());
    if (!m_ctx)
        return QStringLiteral("SSL_CTX_new failed");
    SSL_CTX_set_min_proto_version(m_ctx, TLS1_2_VERSION);
    if (SSL_CTX_load_verify_locations(m_ctx, QFile::encodeName(caFile).constData(), nullptr) != 1)
        return QStringLiteral("cannot load the CA certificates %1").arg(caFile);
    SSL_CTX_set_verify(m_ctx, SSL_VERIFY_PEER, nullptr);
    // The best OpenSSL can do: a record's header and body (and the next ones) in one read().
    SSL_CTX_set_read_ahead(m_ctx, 1);
    m_ssl = SSL_new(m_ctx);
    if (!m_ssl || SSL_set_fd(m_ssl, m_fd) != 1)
        return QStringLiteral("SSL_new failed");
    X509_VERIFY_PARAM *param = SSL_get0_param(m_ssl);
    in6_addr probe{};
    const bool isIp = ::inet_pton(AF_INET, hostBytes.constData(), &probe) == 1
            || ::inet_pton(AF_INET6, hostBytes.constData(), &probe) == 1;
    if (isIp)
        X509_VERIFY_PARAM_set1_ip_asc(param, hostBytes.constData());
    else
        X509_VERIFY_PARAM_set1_host(param, hostBytes.constData(), 0);
    if (SSL_connect(m_ssl) != 1) {
        char text[256] = {};
        ERR_error_string_n(ERR_get_error(), text, sizeof(text));
        return QStringLiteral("TLS handshake failed: %1").arg(QString::fromLatin1(text));
    }
    return {};
}

const char *RawTlsClient::roundTrip(const QByteArray &request, qint64 &payloadSize)
{
    if (!m_ssl || SSL_write(m_ssl, request.constData(), int(request.size())) != int(request.size()))
        return nullptr;
    size_t have = 0;
    size_t total = 0; // header + payload + CRLF, once the header is in
    size_t headerSize = 0;
    for (;;) {
        const int n = SSL_read(m_ssl, m_buffer.data() + have, int(m_buffer.size() - have));
        if (n <= 0)
            return nullptr;
        have += size_t(n);
        if (total == 0) {
            const void *crlf = std::memchr(m_buffer.data(), '\r', have);
            if (!crlf || have < size_t(static_cast<const char *>(crlf) - m_buffer.data()) + 2)
                continue;
            if (m_buffer[0] != '$')
                return nullptr;
            headerSize = size_t(static_cast<const char *>(crlf) - m_buffer.data()) + 2;
            const long long length = std::strtoll(m_buffer.data() + 1, nullptr, 10);
            if (length < 0)
                return nullptr;
            payloadSize = length;
            total = headerSize + size_t(length) + 2;
            // Grows once, on the first large reply; every later reply finds it warm.
            if (m_buffer.size() < total)
                m_buffer.resize(total);
        }
        if (have >= total)
            return m_buffer.data() + headerSize;
    }
}

} // namespace pm::bench
