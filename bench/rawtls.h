#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

struct ssl_st;
struct ssl_ctx_st;

namespace pm::bench {

/// The floor of a Redis call over TLS: a blocking TCP socket under one OpenSSL session, which
/// writes a request with SSL_write and reads one bulk-string reply with SSL_read into a receive
/// buffer that is allocated once and reused (warm), with OpenSSL's read-ahead on. No deadline, no
/// poll, no RESP reader: only what OpenSSL and the kernel must do for one round trip.
class RawTlsClient
{
public:
    RawTlsClient() = default;
    ~RawTlsClient();
    RawTlsClient(const RawTlsClient &) = delete;
    RawTlsClient &operator=(const RawTlsClient &) = delete;

    /// Connects to host:port and completes the handshake, verifying the server's certificate
    /// against `caFile` as our client does. Returns an error text, empty on success.
    QString open(const QString &host, int port, const QString &caFile);
    /// Sends `request` (RESP) and reads its bulk-string reply. The payload stays valid until the
    /// next call; null on an error or a reply that is not a bulk string.
    const char *roundTrip(const QByteArray &request, qint64 &payloadSize);

private:
    int m_fd = -1;
    ssl_ctx_st *m_ctx = nullptr;
    ssl_st *m_ssl = nullptr;
    std::vector<char> m_buffer = std::vector<char>(size_t(1) << 16);
};

} // namespace pm::bench
