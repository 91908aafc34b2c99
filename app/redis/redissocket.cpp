#include "redis/redissocket.h"

#include "redis/openssllibrary.h"
#include "redis/rediserror.h"

#include <hiredis/hiredis.h>

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <climits>
#include <cstdint>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace pm {

namespace {

// The texts moved here from RedisConnection keep their translation context.
QString trConnection(const char *text)
{
    return QCoreApplication::translate("pm::RedisConnection", text);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("pm::RedisSocket", text);
}

int remainingMs(RedisSocket::TimePoint deadline)
{
    const auto left = deadline - RedisSocket::SteadyClock::now();
    if (left <= RedisSocket::SteadyClock::duration::zero())
        return 0;
    // Round up so that poll() never returns just before the deadline and makes us spin.
    return int(std::chrono::ceil<std::chrono::milliseconds>(left).count());
}

/// OpenSSL's functions; loaded by startTls() before any other TLS code runs.
const OpenSslLibrary &openssl()
{
    return OpenSslLibrary::loaded();
}

Error closedError()
{
    return Error(ErrorKind::Unavailable, trConnection("Redis closed the connection."));
}

// A socket BIO for OpenSSL whose writes use MSG_NOSIGNAL: OpenSSL's own socket BIO uses
// write(), and a vanished server would raise SIGPIPE.
int fdOf(BIO *bio)
{
    return int(reinterpret_cast<std::intptr_t>(openssl().BIO_get_data(bio)));
}

int bioWrite(BIO *bio, const char *data, int size)
{
    openssl().BIO_clear_flags(bio, BIO_FLAGS_RWS | BIO_FLAGS_SHOULD_RETRY);
    const ssize_t n = ::send(fdOf(bio), data, size_t(size), MSG_NOSIGNAL);
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
        openssl().BIO_set_flags(bio, BIO_FLAGS_WRITE | BIO_FLAGS_SHOULD_RETRY);
    return int(n);
}

int bioRead(BIO *bio, char *data, int size)
{
    openssl().BIO_clear_flags(bio, BIO_FLAGS_RWS | BIO_FLAGS_SHOULD_RETRY);
    const ssize_t n = ::recv(fdOf(bio), data, size_t(size), 0);
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
        openssl().BIO_set_flags(bio, BIO_FLAGS_READ | BIO_FLAGS_SHOULD_RETRY);
    return int(n);
}

long bioCtrl(BIO *, int cmd, long, void *)
{
    return cmd == BIO_CTRL_FLUSH ? 1 : 0; // nothing is buffered here
}

int bioCreate(BIO *bio)
{
    openssl().BIO_set_init(bio, 1);
    return 1;
}

BIO_METHOD *socketBioMethod()
{
    static BIO_METHOD *const method = [] {
        BIO_METHOD *m = openssl().BIO_meth_new(openssl().BIO_get_new_index() | BIO_TYPE_SOURCE_SINK,
                                               "pm redis socket");
        openssl().BIO_meth_set_write(m, bioWrite);
        openssl().BIO_meth_set_read(m, bioRead);
        openssl().BIO_meth_set_ctrl(m, bioCtrl);
        openssl().BIO_meth_set_create(m, bioCreate);
        return m;
    }();
    return method;
}

bool isIpLiteral(const QByteArray &host)
{
    unsigned char addr[16];
    return ::inet_pton(AF_INET, host.constData(), addr) == 1
            || ::inet_pton(AF_INET6, host.constData(), addr) == 1;
}

// The names a certificate is for: its subjectAltName DNS names and IP addresses, else its CN.
QString certificateNames(X509 *cert)
{
    QStringList names;
    auto *sans = static_cast<GENERAL_NAMES *>(
            openssl().X509_get_ext_d2i(cert, NID_subject_alt_name, nullptr, nullptr));
    for (int i = 0;
         sans && i < openssl().OPENSSL_sk_num(reinterpret_cast<const OPENSSL_STACK *>(sans)); ++i) {
        const auto *n = static_cast<const GENERAL_NAME *>(
                openssl().OPENSSL_sk_value(reinterpret_cast<const OPENSSL_STACK *>(sans), i));
        if (n->type == GEN_DNS) {
            names << QString::fromLatin1(
                    reinterpret_cast<const char *>(openssl().ASN1_STRING_get0_data(n->d.dNSName)),
                    openssl().ASN1_STRING_length(n->d.dNSName));
        } else if (n->type == GEN_IPADD) {
            const int len = openssl().ASN1_STRING_length(n->d.iPAddress);
            char text[INET6_ADDRSTRLEN] = {};
            if ((len == 4 || len == 16)
                && ::inet_ntop(len == 4 ? AF_INET : AF_INET6,
                               openssl().ASN1_STRING_get0_data(n->d.iPAddress), text, sizeof text))
                names << QString::fromLatin1(text);
        }
    }
    openssl().GENERAL_NAMES_free(sans);
    if (names.isEmpty()) {
        char cn[256] = {};
        if (openssl().X509_NAME_get_text_by_NID(openssl().X509_get_subject_name(cert),
                                                NID_commonName, cn, sizeof cn)
            > 0)
            names << QString::fromUtf8(cn);
    }
    return names.join(QLatin1String(", "));
}

// Remembers what the server's certificate is for, so that a name mismatch can say it (the
// handshake fails before the peer certificate would be kept).
int verifyCallback(int ok, X509_STORE_CTX *store)
{
    if (openssl().X509_STORE_CTX_get_error_depth(store) == 0) {
        auto *ssl = static_cast<SSL *>(openssl().X509_STORE_CTX_get_ex_data(
                store, openssl().SSL_get_ex_data_X509_STORE_CTX_idx()));
        if (auto *notes
            = ssl ? static_cast<RedisTlsNotes *>(openssl().SSL_get_ex_data(ssl, 0)) : nullptr)
            notes->peerNames = certificateNames(openssl().X509_STORE_CTX_get_current_cert(store));
    }
    return ok;
}

// Called when the server asks for a client certificate and we have none: remembered, because
// with TLS 1.3 the server's refusal arrives after our handshake has completed, often as a
// reset that hides its alert.
int noClientCertificate(SSL *ssl, X509 **, EVP_PKEY **)
{
    if (auto *notes = static_cast<RedisTlsNotes *>(openssl().SSL_get_ex_data(ssl, 0)))
        notes->clientCertRequested = true;
    return 0;
}

int noPassphrase(char *, int, int, void *)
{
    return 0; // never ask on the terminal: an encrypted key is an error
}

QString opensslReason()
{
    const char *reason = openssl().ERR_reason_error_string(openssl().ERR_peek_last_error());
    return reason ? QString::fromUtf8(reason) : QStringLiteral("unknown error");
}

} // namespace

void RedisSocket::ContextDeleter::operator()(redisContext *c) const
{
    redisFree(c);
}

RedisSocket::RedisSocket() = default;

void RedisSocket::close()
{
    if (m_ssl)
        openssl().SSL_free(m_ssl); // and its BIO; the socket itself is hiredis's
    m_ssl = nullptr;
    if (m_tlsContext)
        openssl().SSL_CTX_free(m_tlsContext);
    m_tlsContext = nullptr;
    m_tlsWant = 0;
    m_tlsHandshaking = false;
    m_tlsNotes = RedisTlsNotes();
    m_context.reset();
}

RedisSocket::~RedisSocket()
{
    close();
}

QString RedisSocket::tlsVersion() const
{
    return m_ssl ? QString::fromLatin1(openssl().SSL_get_version(m_ssl)) : QString();
}

QString RedisSocket::tlsCipher() const
{
    const SSL_CIPHER *cipher = m_ssl ? openssl().SSL_get_current_cipher(m_ssl) : nullptr;
    return cipher ? QString::fromLatin1(openssl().SSL_CIPHER_get_name(cipher)) : QString();
}

bool RedisSocket::tlsVerified() const
{
    return m_ssl && (openssl().SSL_get_verify_mode(m_ssl) & SSL_VERIFY_PEER)
            && openssl().SSL_get_verify_result(m_ssl) == X509_V_OK;
}

Result<void> RedisSocket::startTls(const RedisOptions &o, TimePoint deadline, TimePoint started)
{
    // Checked first so that the error names the file (OpenSSL's own text may not).
    for (const QString &file : {o.tlsCaFile, o.tlsCertFile, o.tlsKeyFile}) {
        if (!file.isEmpty() && !QFileInfo(file).isReadable())
            return Error(ErrorKind::InvalidInput, tr("Cannot read the TLS file %1.").arg(file),
                         QStringLiteral("url"));
    }
    QString missing;
    if (!OpenSslLibrary::load(&missing))
        return Error(ErrorKind::Unavailable,
                     tr("TLS (rediss://) needs OpenSSL 3 (libssl.so.3), which could not be "
                        "loaded: %1.")
                             .arg(missing));
    openssl().ERR_clear_error();
    m_tlsContext = openssl().SSL_CTX_new(openssl().TLS_client_method());
    if (!m_tlsContext)
        return Error(ErrorKind::Internal, tr("TLS could not be set up: %1.").arg(opensslReason()));
    openssl().SSL_CTX_ctrl(m_tlsContext, SSL_CTRL_SET_MIN_PROTO_VERSION, TLS1_2_VERSION, nullptr);
    openssl().SSL_CTX_set_default_passwd_cb(m_tlsContext, noPassphrase);
    if (o.tlsVerifyPeer) {
        const QByteArray ca = QFile::encodeName(o.tlsCaFile);
        const bool loaded = ca.isEmpty()
                ? openssl().SSL_CTX_set_default_verify_paths(m_tlsContext) == 1
                : openssl().SSL_CTX_load_verify_locations(m_tlsContext, ca.constData(), nullptr)
                        == 1;
        if (!loaded)
            return Error(
                    ErrorKind::InvalidInput,
                    tr("Cannot load the CA certificates %1: %2.")
                            .arg(ca.isEmpty() ? tr("of the system") : o.tlsCaFile, opensslReason()),
                    QStringLiteral("url"));
        openssl().SSL_CTX_set_verify(m_tlsContext, SSL_VERIFY_PEER, verifyCallback);
    } else {
        openssl().SSL_CTX_set_verify(m_tlsContext, SSL_VERIFY_NONE, nullptr);
    }
    m_tlsClientCert = !o.tlsCertFile.isEmpty();
    if (!m_tlsClientCert)
        openssl().SSL_CTX_set_client_cert_cb(m_tlsContext, noClientCertificate);
    if (m_tlsClientCert) {
        if (openssl().SSL_CTX_use_certificate_chain_file(
                    m_tlsContext, QFile::encodeName(o.tlsCertFile).constData())
            != 1)
            return Error(ErrorKind::InvalidInput,
                         tr("Cannot use the client certificate %1: %2.")
                                 .arg(o.tlsCertFile, opensslReason()),
                         QStringLiteral("url"));
        if (openssl().SSL_CTX_use_PrivateKey_file(
                    m_tlsContext, QFile::encodeName(o.tlsKeyFile).constData(), SSL_FILETYPE_PEM)
                    != 1
            || openssl().SSL_CTX_check_private_key(m_tlsContext) != 1)
            return Error(ErrorKind::InvalidInput,
                         tr("Cannot use the private key %1 with the certificate %2: %3.")
                                 .arg(o.tlsKeyFile, o.tlsCertFile, opensslReason()),
                         QStringLiteral("url"));
    }

    m_ssl = openssl().SSL_new(m_tlsContext);
    BIO *bio = m_ssl ? openssl().BIO_new(socketBioMethod()) : nullptr;
    if (!bio)
        return Error(ErrorKind::Internal, tr("TLS could not be set up: %1.").arg(opensslReason()));
    openssl().BIO_set_data(bio, reinterpret_cast<void *>(std::intptr_t(m_context->fd)));
    openssl().SSL_set_bio(m_ssl, bio, bio);
    openssl().SSL_ctrl(m_ssl, SSL_CTRL_MODE,
                       SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER,
                       nullptr);
    openssl().SSL_set_ex_data(m_ssl, 0, &m_tlsNotes);
    m_tlsHost = o.host;
    const QByteArray host = o.host.toUtf8();
    X509_VERIFY_PARAM *param = openssl().SSL_get0_param(m_ssl);
    if (isIpLiteral(host)) {
        openssl().X509_VERIFY_PARAM_set1_ip_asc(param, host.constData()); // no SNI for an address
    } else {
        openssl().SSL_ctrl(m_ssl, SSL_CTRL_SET_TLSEXT_HOSTNAME, TLSEXT_NAMETYPE_host_name,
                           const_cast<char *>(host.constData()));
        openssl().X509_VERIFY_PARAM_set_hostflags(param, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
        openssl().X509_VERIFY_PARAM_set1_host(param, host.constData(), size_t(host.size()));
    }

    m_tlsHandshaking = true;
    for (;;) {
        openssl().ERR_clear_error();
        const int r = openssl().SSL_connect(m_ssl);
        if (r == 1)
            break;
        const int e = openssl().SSL_get_error(m_ssl, r);
        if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE)
            return tlsFailure(r);
        if (Result<void> w = waitFor(e == SSL_ERROR_WANT_READ ? POLLIN : POLLOUT, deadline); !w) {
            if (w.error().kind != ErrorKind::Timeout)
                return w.error();
            const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(SteadyClock::now()
                                                                                  - started)
                                    .count();
            return Error(ErrorKind::Timeout, tr("TLS handshake timed out after %1 ms.").arg(ms));
        }
    }
    m_tlsHandshaking = false;
    return {};
}

Error RedisSocket::tlsFailure(int ret)
{
    const int kind = openssl().SSL_get_error(m_ssl, ret);
    const int savedErrno = errno;
    const unsigned long code = openssl().ERR_peek_last_error();
    const int reason = ERR_GET_LIB(code) == ERR_LIB_SSL ? ERR_GET_REASON(code) : 0;
    const long verify = openssl().SSL_get_verify_result(m_ssl);
    Error e;
    if (reason == SSL_R_CERTIFICATE_VERIFY_FAILED && verify != X509_V_OK) {
        if (verify == X509_V_ERR_HOSTNAME_MISMATCH || verify == X509_V_ERR_IP_ADDRESS_MISMATCH)
            e = Error(ErrorKind::Auth,
                      tr("TLS: host name mismatch: the certificate is for %1, not %2.")
                              .arg(m_tlsNotes.peerNames.isEmpty() ? tr("other names")
                                                                  : m_tlsNotes.peerNames,
                                   m_tlsHost));
        else
            e = Error(ErrorKind::Auth,
                      tr("TLS: certificate verify failed: %1.")
                              .arg(QString::fromUtf8(
                                      openssl().X509_verify_cert_error_string(verify))));
    } else if (reason == SSL_R_TLSV13_ALERT_CERTIFICATE_REQUIRED
               || (!m_tlsClientCert && m_tlsNotes.clientCertRequested
                   && (reason != 0 || kind == SSL_ERROR_SYSCALL
                       || kind == SSL_ERROR_ZERO_RETURN))) {
        e = Error(ErrorKind::Auth,
                  tr("TLS: the server requires a client certificate (ssl_certfile and "
                     "ssl_keyfile)."));
    } else if (m_tlsClientCert
               && (reason == SSL_R_TLSV1_ALERT_UNKNOWN_CA
                   || reason == SSL_R_SSLV3_ALERT_BAD_CERTIFICATE)) {
        e = Error(ErrorKind::Auth,
                  tr("TLS: the server refused the client certificate: %1.").arg(opensslReason()));
    } else if (kind == SSL_ERROR_ZERO_RETURN || reason == SSL_R_UNEXPECTED_EOF_WHILE_READING
               || (kind == SSL_ERROR_SYSCALL && savedErrno == 0)) {
        e = m_tlsHandshaking ? Error(ErrorKind::Unavailable,
                                     tr("Redis closed the connection during the TLS handshake "
                                        "(is this a TLS port?)."))
                             : closedError();
    } else if (kind == SSL_ERROR_SYSCALL) {
        e = RedisError::fromErrno(savedErrno, "TLS");
    } else if (reason == SSL_R_WRONG_VERSION_NUMBER) {
        e = Error(ErrorKind::Protocol,
                  tr("TLS handshake failed: %1 (is this a plain redis:// port?).")
                          .arg(opensslReason()));
    } else {
        e = Error(ErrorKind::Protocol, tr("TLS failed: %1.").arg(opensslReason()));
    }
    openssl().ERR_clear_error();
    return e;
}

void RedisSocket::setStopFlag(const std::atomic<bool> *stop, int sliceMs, Error stopped)
{
    m_stop = stop;
    m_sliceMs = sliceMs;
    m_stopped = std::move(stopped);
}

void RedisSocket::appendCommand(QByteArray &out, const RedisArgv &argv)
{
    out += '*' + QByteArray::number(argv.size()) + "\r\n";
    for (const QByteArray &arg : argv) {
        out += '$' + QByteArray::number(arg.size()) + "\r\n";
        out += arg;
        out += "\r\n";
    }
}

Result<void> RedisSocket::open(const RedisOptions &options, TimePoint deadline)
{
    return open(options, RedisEndpoint{options.host, options.port}, deadline);
}

Result<RedisEndpoint> RedisSocket::openTarget(const RedisOptions &options, TimePoint deadline)
{
    Result<RedisEndpoint> endpoint = options.target(deadline);
    if (!endpoint)
        return endpoint.error();
    if (Result<void> opened = open(options, endpoint.value(), deadline); !opened)
        return opened.error();
    return endpoint;
}

Result<void> RedisSocket::open(const RedisOptions &options, const RedisEndpoint &endpoint,
                               TimePoint deadline)
{
    const TimePoint started = SteadyClock::now();
    close();
    const bool unix = options.transport == RedisOptions::Transport::Unix;
    const QByteArray target = unix ? options.socketPath.toLocal8Bit() : endpoint.host.toUtf8();
    ContextPtr c(unix ? redisConnectUnixNonBlock(target.constData())
                      : redisConnectNonBlock(target.constData(), endpoint.port));
    if (!c)
        return Error(ErrorKind::Internal, trConnection("Out of memory while connecting to Redis."));
    if (c->err)
        return RedisError::fromContext(c.get());
    // Large values: never let the reader shrink and regrow its buffer (halves an 8 MB read).
    c->reader->maxbuf = 0;
    m_context = std::move(c);

    // Non-blocking connect: wait for writability, then ask the socket how it went.
    if (Result<void> w = waitFor(POLLOUT, deadline); !w) {
        close();
        if (w.error().kind == ErrorKind::Timeout)
            return Error(ErrorKind::Timeout, trConnection("Connecting to Redis timed out."));
        return w.error();
    }
    int soError = 0;
    socklen_t len = sizeof soError;
    const int fd = m_context->fd;
    if (::getsockopt(fd, SOL_SOCKET, SO_ERROR, &soError, &len) != 0 || soError != 0) {
        const Error e = soError != 0 ? RedisError::fromErrno(soError, "connect")
                                     : RedisError::fromErrno(errno, "getsockopt");
        close();
        return e;
    }
    if (!unix && options.keepAlive)
        redisEnableKeepAlive(m_context.get());
    if (options.tls) {
        if (Result<void> tls = startTls(options, deadline, started); !tls) {
            close();
            return tls.error();
        }
    }
    return {};
}

Result<RedisReply> RedisSocket::handshake(const RedisOptions &options, RespGuard &guard,
                                          const RedisArgv &last, TimePoint deadline)
{
    QList<RedisArgv> commands;
    if (!options.password.isEmpty()) {
        if (options.user.isEmpty())
            commands.append({QByteArrayLiteral("AUTH"), options.password.toUtf8()});
        else
            commands.append(
                    {QByteArrayLiteral("AUTH"), options.user.toUtf8(), options.password.toUtf8()});
    }
    if (options.db != 0)
        commands.append({QByteArrayLiteral("SELECT"), QByteArray::number(options.db)});
    commands.append(last);
    QByteArray request;
    for (const RedisArgv &cmd : commands) {
        appendCommand(request, cmd);
        guard.expect(RespLimits::forCommand(cmd));
    }
    // A TLS port answers plain RESP by closing the connection: say what that likely means.
    const auto hint = [&](Error e) {
        if (!options.tls && options.transport == RedisOptions::Transport::Tcp
            && e.kind == ErrorKind::Unavailable)
            e.message = tr("%1 (If this port expects TLS, use a rediss:// URL.)").arg(e.message);
        return e;
    };
    if (Result<void> s = sendAll(request.constData(), request.size(), deadline); !s)
        return hint(s.error());
    char buffer[16 * 1024];
    for (qsizetype i = 0; i < commands.size(); ++i) {
        Result<RedisReply> reply = readReply(guard, buffer, sizeof buffer, deadline);
        if (!reply)
            return hint(reply.error());
        if (i + 1 == commands.size())
            return std::move(reply.value());
        if (reply->isError())
            return RedisError::fromReply(reply.value());
    }
    return Error(ErrorKind::Internal, QStringLiteral("empty handshake"));
}

Result<void> RedisSocket::sendAll(const char *data, qsizetype size, TimePoint deadline)
{
    qsizetype written = 0;
    if (m_ssl) {
        m_tlsWant = 0;
        while (written < size) {
            openssl().ERR_clear_error();
            const int n = openssl().SSL_write(m_ssl, data + written,
                                              int(std::min<qsizetype>(size - written, INT_MAX)));
            if (n > 0) {
                written += n;
                continue;
            }
            const int e = openssl().SSL_get_error(m_ssl, n);
            if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE)
                return tlsFailure(n);
            m_tlsWant = e == SSL_ERROR_WANT_READ ? POLLIN : POLLOUT;
            if (Result<void> w = waitFor(m_tlsWant, deadline); !w)
                return w.error();
        }
        m_tlsWant = 0;
        return {};
    }
    // Our own write loop instead of redisBufferWrite: send() with MSG_NOSIGNAL, so that a
    // server that went away is an error for us, not a SIGPIPE that kills the process.
    while (written < size) {
        const ssize_t n
                = ::send(m_context->fd, data + written, size_t(size - written), MSG_NOSIGNAL);
        if (n >= 0) {
            written += n;
            continue;
        }
        if (errno == EINTR)
            continue;
        if (errno != EAGAIN && errno != EWOULDBLOCK)
            return RedisError::fromErrno(errno, "send");
        if (Result<void> w = waitFor(POLLOUT, deadline); !w)
            return w.error();
    }
    return {};
}

Result<bool> RedisSocket::poll(short events, int timeoutMs)
{
    if (m_ssl) {
        // OpenSSL may hold decrypted bytes the socket no longer shows, and an SSL call may
        // need the other direction first (m_tlsWant).
        if ((events & POLLIN) && openssl().SSL_pending(m_ssl) > 0)
            return true;
        if (m_tlsWant)
            events = m_tlsWant;
    }
    pollfd p{m_context->fd, events, 0};
    const int n = ::poll(&p, 1, timeoutMs);
    if (n > 0) {
        // With TLS, the next SSL call tells why (a reset may follow the server's alert).
        if ((p.revents & (POLLERR | POLLNVAL)) && !m_ssl) {
            // The socket's own error says why ("Connection refused" for a port nobody listens
            // on), not a generic failure.
            int soError = 0;
            socklen_t len = sizeof soError;
            if ((p.revents & POLLERR)
                && ::getsockopt(p.fd, SOL_SOCKET, SO_ERROR, &soError, &len) == 0 && soError != 0)
                return RedisError::fromErrno(soError, "socket");
            return Error(ErrorKind::Unavailable, trConnection("The Redis socket failed."));
        }
        return true; // POLLHUP too: the following read reports EOF with its proper error
    }
    if (n < 0 && errno != EINTR)
        return RedisError::fromErrno(errno, "poll");
    return false;
}

Result<void> RedisSocket::waitFor(short events, TimePoint deadline)
{
    for (;;) {
        if (m_stop && m_stop->load())
            return m_stopped;
        int ms = remainingMs(deadline);
        if (ms <= 0)
            return Error(ErrorKind::Timeout, tr("Redis did not answer in time."));
        if (m_stop)
            ms = std::min(ms, m_sliceMs);
        Result<bool> ready = poll(events, ms);
        if (!ready)
            return ready.error();
        if (ready.value())
            return {};
    }
}

Result<qsizetype> RedisSocket::readSome(char *buffer, qsizetype size)
{
    if (m_ssl) {
        openssl().ERR_clear_error();
        const int n = openssl().SSL_read(m_ssl, buffer, int(std::min<qsizetype>(size, INT_MAX)));
        m_tlsWant = 0;
        if (n > 0)
            return qsizetype(n);
        const int e = openssl().SSL_get_error(m_ssl, n);
        if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE) {
            m_tlsWant = e == SSL_ERROR_WANT_READ ? POLLIN : POLLOUT;
            return qsizetype(0);
        }
        return tlsFailure(n);
    }
    const ssize_t n = ::read(m_context->fd, buffer, size_t(size));
    if (n > 0)
        return qsizetype(n);
    if (n == 0)
        return closedError();
    if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
        return qsizetype(0);
    return RedisError::fromErrno(errno, "read");
}

Result<bool> RedisSocket::readAndFeed(RespGuard &guard, char *buffer, qsizetype size)
{
    Result<qsizetype> got = readSome(buffer, size);
    if (!got)
        return got.error();
    if (got.value() == 0)
        return false;
    // Checked before hiredis's reader allocates what the bytes declare.
    if (Result<void> valid = guard.feed(buffer, got.value()); !valid)
        return valid.error();
    if (redisReaderFeed(m_context->reader, buffer, size_t(got.value())) != REDIS_OK)
        return Error(ErrorKind::Protocol, QString::fromLocal8Bit(m_context->reader->errstr));
    return true;
}

Result<RedisReply> RedisSocket::readReply(RespGuard &guard, char *buffer, qsizetype size,
                                          TimePoint deadline)
{
    for (;;) {
        void *reply = nullptr;
        if (redisGetReplyFromReader(m_context.get(), &reply) != REDIS_OK)
            return RedisError::fromContext(m_context.get());
        if (reply)
            return RedisReply::adopt(static_cast<redisReply *>(reply));
        if (Result<void> w = waitFor(POLLIN, deadline); !w)
            return w.error();
        if (Result<bool> fed = readAndFeed(guard, buffer, size); !fed)
            return fed.error();
    }
}

bool RedisSocket::peerClosed()
{
    // Nothing is in flight, so any readable event means the server closed the socket.
    pollfd p{m_context->fd, POLLIN, 0};
    if (::poll(&p, 1, 0) == 0)
        return false;
    if (!m_ssl)
        return true;
    // A TLS record that carries no data (a session ticket) is not a close.
    char byte;
    openssl().ERR_clear_error();
    const int n = openssl().SSL_peek(m_ssl, &byte, 1);
    const bool closed = n > 0 || openssl().SSL_get_error(m_ssl, n) != SSL_ERROR_WANT_READ;
    openssl().ERR_clear_error();
    return closed;
}

} // namespace pm
