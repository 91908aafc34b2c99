#include "widgets/lazyicon.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>

namespace pm {

namespace {

class LazyStandardIconEngine : public QIconEngine
{
public:
    explicit LazyStandardIconEngine(QStyle::StandardPixmap pixmap)
        : m_pixmap(pixmap)
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        return icon().pixmap(size, scale, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    bool isNull() override { return icon().isNull(); }
    QString key() const override { return QStringLiteral("pm-lazy-standard-icon"); }
    QIconEngine *clone() const override { return new LazyStandardIconEngine(m_pixmap); }

private:
    const QIcon &icon()
    {
        if (!m_made) {
            m_made = true;
            if (QStyle *style = QApplication::style())
                m_icon = style->standardIcon(m_pixmap);
        }
        return m_icon;
    }

    QStyle::StandardPixmap m_pixmap;
    QIcon m_icon;
    bool m_made = false;
};

} // namespace

QIcon lazyStandardIcon(QStyle::StandardPixmap pixmap)
{
    return QIcon(new LazyStandardIconEngine(pixmap));
}

QIcon themedIcon(const char *name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(name), lazyStandardIcon(fallback));
}

} // namespace pm
