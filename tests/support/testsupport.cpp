#include "testsupport.h"

#include <QDir>
#include <QFileInfo>

namespace pm::test {

QString referenceFile(const QString &name)
{
    const QString source = qEnvironmentVariable("PM_SOURCE_DIR");
    const QStringList candidates = {source + QStringLiteral("/../shared/reference/") + name,
                                    source + QStringLiteral("/../../shared/reference/") + name};
    for (const QString &c : candidates) {
        if (QFileInfo::exists(c))
            return QFileInfo(c).canonicalFilePath();
    }
    return {};
}

} // namespace pm::test
