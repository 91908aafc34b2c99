#include "tmpfsmount.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mount.h>
#include <unistd.h>

namespace pm::test {

TmpfsMount::TmpfsMount(const QString &dir, qint64 sizeBytes)
    : m_dir(dir)
    , m_options("size=" + QByteArray::number(sizeBytes) + ",mode=0755")
{
    const QByteArray path = QFile::encodeName(dir);
    if (::mount("tmpfs", path.constData(), "tmpfs", 0, m_options.constData()) != 0)
        m_error = QStringLiteral("mount tmpfs on %1: %2")
                          .arg(dir, QString::fromLocal8Bit(strerror(errno)));
    else
        m_mounted = true;
}

TmpfsMount::~TmpfsMount()
{
    if (!m_mounted)
        return;
    // Lazy: a connection or file the failed test left open must not keep the mount alive.
    const QByteArray path = QFile::encodeName(m_dir);
    if (::umount2(path.constData(), MNT_DETACH) != 0)
        qWarning("umount %s: %s", path.constData(), strerror(errno));
}

Result<void> TmpfsMount::remountReadOnly()
{
    const QByteArray path = QFile::encodeName(m_dir);
    if (::mount("tmpfs", path.constData(), "tmpfs", MS_REMOUNT | MS_RDONLY, m_options.constData())
        != 0)
        return Error(ErrorKind::Io,
                     QStringLiteral("remount read-only: %1")
                             .arg(QString::fromLocal8Bit(strerror(errno))));
    return {};
}

Result<qint64> TmpfsMount::fill(const QString &filler)
{
    const QByteArray path = QFile::encodeName(filler);
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return Error(ErrorKind::Io, QString::fromLocal8Bit(strerror(errno)));
    const QByteArray chunk(4096, 'F');
    qint64 total = 0;
    for (;;) {
        const ssize_t n = ::write(fd, chunk.constData(), size_t(chunk.size()));
        if (n > 0) {
            total += n;
            continue;
        }
        const int err = errno;
        ::close(fd);
        if (n < 0 && err == ENOSPC)
            return total;
        return Error(ErrorKind::Io,
                     QStringLiteral("filling: %1").arg(QString::fromLocal8Bit(strerror(err))));
    }
}

} // namespace pm::test
