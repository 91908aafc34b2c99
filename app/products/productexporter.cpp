#include "products/productexporter.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace pm {

namespace {

constexpr int RowsPerWrite = 4096; // rows encoded between writes and progress reports

QByteArray csvField(const QString &text)
{
    QByteArray quoted = text.toUtf8();
    quoted.replace('"', "\"\"");
    return '"' + quoted + '"';
}

QByteArray csvRow(const Product &p)
{
    return csvField(p.title) + ',' + p.price.toString().toLatin1() + "\r\n";
}

QByteArray jsonRow(const Product &p, bool first)
{
    QJsonObject object;
    object.insert(QStringLiteral("title"), p.title);
    object.insert(QStringLiteral("price"), p.price.toString());
    // One object per line: diff-friendly, and the writer never holds the whole document.
    QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return (first ? QByteArray("\n  ") : QByteArray(",\n  ")) + line;
}

} // namespace

ProductExporter::Format ProductExporter::formatForPath(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0
            ? Format::Json
            : Format::Csv;
}

QByteArray ProductExporter::toCsv(const QList<Product> &products)
{
    QByteArray out = "title,price\r\n";
    for (const Product &p : products)
        out += csvRow(p);
    return out;
}

QByteArray ProductExporter::toJson(const QList<Product> &products)
{
    QByteArray out = "[";
    bool first = true;
    for (const Product &p : products) {
        out += jsonRow(p, first);
        first = false;
    }
    out += products.isEmpty() ? "]\n" : "\n]\n";
    return out;
}

Result<int> ProductExporter::writeFile(const QString &path, const QList<Product> &products,
                                       Format format,
                                       const std::function<bool(int done, int total)> &progress)
{
    if (format == Format::Auto)
        format = formatForPath(path);
    QSaveFile file(path);
    const auto failed = [&] {
        return Error(ErrorKind::Io,
                     tr("The file %1 cannot be written: %2").arg(path, file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    const bool json = format == Format::Json;
    const int total = int(products.size());
    QByteArray chunk = json ? QByteArray("[") : QByteArray("title,price\r\n");
    for (int i = 0; i < total; ++i) {
        chunk += json ? jsonRow(products.at(i), i == 0) : csvRow(products.at(i));
        if ((i + 1) % RowsPerWrite == 0 || i + 1 == total) {
            if (file.write(chunk) != chunk.size())
                return failed(); // QSaveFile discards the temporary file
            chunk.clear();
            if (progress && !progress(i + 1, total)) {
                file.cancelWriting();
                return -1;
            }
        }
    }
    chunk += json ? (total == 0 ? "]\n" : "\n]\n") : "";
    if (file.write(chunk) != chunk.size() || !file.commit())
        return failed();
    return total;
}

} // namespace pm
