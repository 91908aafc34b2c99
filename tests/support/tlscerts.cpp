#include "tlscerts.h"

#include <QDebug>
#include <QFile>
#include <QProcess>

namespace pm::test {

TlsCerts::TlsCerts()
    : m_dir(QStringLiteral("/tmp/pmtls-XXXXXX"))
{ }

bool TlsCerts::run(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(m_dir.path());
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning().noquote() << "openssl" << args.join(u' ') << "failed:" << p.readAll();
        return false;
    }
    return true;
}

bool TlsCerts::makeCa(const QString &name)
{
    return run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
                name + QStringLiteral(".crt"), QStringLiteral("-days"), QStringLiteral("2"),
                QStringLiteral("-subj"), QStringLiteral("/CN=pm test ") + name});
}

bool TlsCerts::makeSigned(const QString &name, const QString &subjectAltName, const QString &usage)
{
    QFile ext(m_dir.filePath(name + QStringLiteral(".ext")));
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    QByteArray text = "basicConstraints=CA:FALSE\nextendedKeyUsage=" + usage.toLatin1() + '\n';
    if (!subjectAltName.isEmpty())
        text += "subjectAltName=" + subjectAltName.toLatin1() + '\n';
    ext.write(text);
    ext.close();
    return run({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                QStringLiteral("-nodes"), QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                QStringLiteral("-out"), name + QStringLiteral(".csr"), QStringLiteral("-subj"),
                QStringLiteral("/CN=pm test ") + name})
            && run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                    name + QStringLiteral(".csr"), QStringLiteral("-CA"), QStringLiteral("ca.crt"),
                    QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                    QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
                    name + QStringLiteral(".crt"), QStringLiteral("-days"), QStringLiteral("2"),
                    QStringLiteral("-extfile"), name + QStringLiteral(".ext")});
}

bool TlsCerts::create()
{
    return m_dir.isValid() && makeCa(QStringLiteral("ca")) && makeCa(QStringLiteral("other-ca"))
            && makeSigned(QStringLiteral("server"), QStringLiteral("DNS:localhost,IP:127.0.0.1"),
                          QStringLiteral("serverAuth"))
            && makeSigned(QStringLiteral("other-server"), QStringLiteral("DNS:other.invalid"),
                          QStringLiteral("serverAuth"))
            && makeSigned(QStringLiteral("client"), QString(), QStringLiteral("clientAuth"));
}

} // namespace pm::test
