#include "diagnostics/originname.h"

#include <QCoreApplication>

namespace pm {

namespace {

// The tags ProductWorker sets (CacheOrigin), listed so that lupdate sees them.
[[maybe_unused]] constexpr const char *KnownOrigins[] = {
        QT_TRANSLATE_NOOP("pm::Origin", "open"),
        QT_TRANSLATE_NOOP("pm::Origin", "load list"),
        QT_TRANSLATE_NOOP("pm::Origin", "create"),
        QT_TRANSLATE_NOOP("pm::Origin", "edit"),
        QT_TRANSLATE_NOOP("pm::Origin", "bulk edit"),
        QT_TRANSLATE_NOOP("pm::Origin", "delete"),
        QT_TRANSLATE_NOOP("pm::Origin", "undo delete"),
        QT_TRANSLATE_NOOP("pm::Origin", "import"),
        QT_TRANSLATE_NOOP("pm::Origin", "seed"),
        QT_TRANSLATE_NOOP("pm::Origin", "invalidate cache"),
        QT_TRANSLATE_NOOP("pm::Origin", "refresh"),
        QT_TRANSLATE_NOOP("pm::Origin", "explain"),
        QT_TRANSLATE_NOOP("pm::Origin", "inspector"),
        QT_TRANSLATE_NOOP("pm::Origin", "consistency check"),
        QT_TRANSLATE_NOOP("pm::Origin", "console"),
        QT_TRANSLATE_NOOP("pm::Origin", "clear namespace"),
};

} // namespace

bool isPanelOrigin(const QString &origin)
{
    return origin == QLatin1String("inspector") || origin == QLatin1String("console")
            || origin == QLatin1String("consistency check")
            || origin == QLatin1String("clear namespace") || origin == QLatin1String("explain");
}

QString originDisplayName(const QString &origin)
{
    if (origin.isEmpty())
        return origin;
    const QByteArray utf8 = origin.toUtf8();
    return QCoreApplication::translate("pm::Origin", utf8.constData());
}

} // namespace pm
