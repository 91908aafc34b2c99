// pm_iconrender: renders the application's SVG icon to the hicolor PNG sizes at build time.
// ImageMagick's convert may lack an SVG delegate, and Qt's own renderer is already a build
// dependency, so the PNGs always match the SVG without being committed.
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Raster painting into a QImage needs no platform plugin, hence no QGuiApplication (and no
    // display or XDG_RUNTIME_DIR). The icon has no text, so no fonts are needed either.
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fputs("usage: pm_iconrender ICON.svg OUTDIR SIZE...\n"
                   "writes OUTDIR/<SIZE>x<SIZE>/apps/<name>.png for each SIZE\n",
                   stderr);
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "pm_iconrender: cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    const QString name = QFileInfo(args.at(1)).completeBaseName();
    for (const QString &sizeText : args.mid(3)) {
        bool ok = false;
        const int size = sizeText.toInt(&ok);
        if (!ok || size < 1 || size > 1024) {
            std::fprintf(stderr, "pm_iconrender: bad size %s\n", qPrintable(sizeText));
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(args.at(2)).arg(size);
        const QString file = QStringLiteral("%1/%2.png").arg(dir, name);
        if (!QDir().mkpath(dir) || !image.save(file, "PNG")) {
            std::fprintf(stderr, "pm_iconrender: cannot write %s\n", qPrintable(file));
            return 1;
        }
    }
    return 0;
}
