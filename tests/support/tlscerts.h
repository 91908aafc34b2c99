#pragma once

#include <QString>
#include <QTemporaryDir>

namespace pm::test {

/// Throwaway certificates for TLS tests, made with the `openssl` command in a temporary
/// directory (EC P-256 keys: fast). All files are PEM; keys are not encrypted.
///   - caCert: the CA that signs everything below;
///   - serverCert/serverKey: for DNS localhost and IP 127.0.0.1 (subjectAltName);
///   - otherServerCert/otherServerKey: for DNS other.invalid only (a host name mismatch);
///   - clientCert/clientKey: a client certificate (extendedKeyUsage clientAuth);
///   - otherCaCert: a second CA that signed none of these (a wrong trust anchor).
class TlsCerts
{
public:
    TlsCerts();
    /// Makes every file; false (with a warning naming the failing step) if openssl fails.
    bool create();

    QString caCert() const { return path("ca.crt"); }
    QString otherCaCert() const { return path("other-ca.crt"); }
    QString serverCert() const { return path("server.crt"); }
    QString serverKey() const { return path("server.key"); }
    QString otherServerCert() const { return path("other-server.crt"); }
    QString otherServerKey() const { return path("other-server.key"); }
    QString clientCert() const { return path("client.crt"); }
    QString clientKey() const { return path("client.key"); }
    QString dir() const { return m_dir.path(); }

private:
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    bool run(const QStringList &args);
    bool makeCa(const QString &name);
    bool makeSigned(const QString &name, const QString &subjectAltName, const QString &usage);

    QTemporaryDir m_dir;
};

} // namespace pm::test
