#pragma once

#include "core/result.h"

#include <QString>

namespace pm::test {

/// A small tmpfs mounted on a test's directory (we run as root in CI), for full-disk and
/// read-only-filesystem faults. Unmounted by the destructor, even when the test failed.
class TmpfsMount
{
public:
    /// Mounts a tmpfs of `sizeBytes` on the existing directory `dir`.
    TmpfsMount(const QString &dir, qint64 sizeBytes);
    ~TmpfsMount();
    TmpfsMount(const TmpfsMount &) = delete;
    TmpfsMount &operator=(const TmpfsMount &) = delete;

    /// Empty if mounted, else why not.
    QString error() const { return m_error; }
    bool isMounted() const { return m_mounted; }
    QString path() const { return m_dir; }

    Result<void> remountReadOnly();
    /// Fills the free space with `filler` until the kernel says ENOSPC; returns bytes written.
    Result<qint64> fill(const QString &filler);

private:
    QString m_dir;
    QByteArray m_options;
    QString m_error;
    bool m_mounted = false;
};

} // namespace pm::test
