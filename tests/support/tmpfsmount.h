#pragma once

#include "core/result.h"

#include <QString>

namespace pm::test {

/// A small tmpfs mounted on a test's directory, for full-disk and read-only-filesystem faults.
/// Tests that use it are registered with pm_add_test(... MOUNTS), which runs them in a private
/// mount namespace (root inside a user namespace for a user without root). Unmounted by the
/// destructor, even when the test failed.
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
