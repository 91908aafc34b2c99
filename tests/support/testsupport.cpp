#include "testsupport.h"

#include "products/productseeder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pm::test {

QList<ProductFields> catalogueRows(int n)
{
    return ProductSeeder::generate(n, 1);
}

QString writeCatalogueJson(const QString &dir, int n, const QString &name)
{
    QJsonArray array;
    const QList<ProductFields> rows = catalogueRows(n);
    for (int i = 0; i < rows.size(); ++i) {
        const ProductFields &row = rows.at(i);
        const qint64 cents = row.price.cents();
        QJsonObject object{{QStringLiteral("title"), row.title}};
        if (i % 3 == 2)
            object.insert(QStringLiteral("price"),
                          QStringLiteral("$%1.%2")
                                  .arg(cents / 100)
                                  .arg(cents % 100, 2, 10, QLatin1Char('0')));
        else
            object.insert(QStringLiteral("price"), double(cents) / 100.0);
        array.append(object);
    }
    const QString path = QDir(dir).absoluteFilePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    const QByteArray json = QJsonDocument(array).toJson(QJsonDocument::Indented);
    if (file.write(json) != json.size())
        return {};
    return path;
}

} // namespace pm::test
