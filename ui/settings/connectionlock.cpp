#include "settings/connectionlock.h"

#include <QIcon>
#include <QStyle>
#include <QUrl>
#include <QUrlQuery>

namespace pm {

ConnectionLock::ConnectionLock(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("connectionLock"));
    // The theme's lock where there is one; the bundled one elsewhere (offscreen, Windows).
    const QIcon icon = QIcon::fromTheme(QStringLiteral("security-high"),
                                        QIcon(QStringLiteral(":/icons/lock.svg")));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    setPixmap(icon.pixmap(size, size));
    setVisible(false);
}

void ConnectionLock::setCacheUrl(const QString &url)
{
    const QUrl parsed(url.trimmed());
    const bool encrypted
            = parsed.scheme().compare(QLatin1String("rediss"), Qt::CaseInsensitive) == 0;
    const bool verified = QUrlQuery(parsed)
                                  .queryItemValue(QStringLiteral("ssl_cert_reqs"))
                                  .compare(QLatin1String("none"), Qt::CaseInsensitive)
            != 0;
    const QString text
            = verified ? tr("Encrypted (TLS)") : tr("Encrypted, certificate not verified");
    setToolTip(encrypted ? text : QString());
    setAccessibleName(encrypted ? text : QString());
    setVisible(encrypted);
}

} // namespace pm
