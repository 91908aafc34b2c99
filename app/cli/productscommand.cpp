#include "cli/productscommand.h"

#include "cache/cacheinstrumentation.h"
#include "core/clock.h"
#include "db/database.h"
#include "products/productcache.h"
#include "products/productchangenotifier.h"
#include "products/productimporter.h"
#include "products/productrepository.h"
#include "products/productseeder.h"
#include "products/productservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <cstdio>

namespace pm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pm::ProductsCommand", text);
}

void print(FILE *stream, const QString &line)
{
    const QByteArray utf8 = line.toUtf8() + '\n';
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stream);
    std::fflush(stream);
}

QString usage()
{
    return tr("usage: productmanager-cli products --database URL [--cache URL] COMMAND\n"
              "commands:\n"
              "  seed N\n"
              "  import FILE\n"
              "  list [--stats]\n"
              "  add --title T --price P\n"
              "  edit ID [--title T] [--price P]\n"
              "  bulk-update ID[,ID...] [--title T] [--price P]\n"
              "  delete ID[,ID...]");
}

int usageError(const QString &problem)
{
    print(stderr, tr("productmanager-cli products: %1").arg(problem));
    print(stderr, usage());
    return 2;
}

int failure(const Error &error)
{
    print(stderr, tr("error: %1").arg(error.toString()));
    return 1;
}

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString jsonString(const QString &text)
{
    // A one-element array is the simplest way to get QJsonDocument's string escaping.
    const QByteArray doc = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(doc.mid(1, doc.size() - 2));
}

/// Keys in the documented order: id, title, price, created, updated.
QString productJson(const Product &p)
{
    return QStringLiteral("{\"id\":%1,\"title\":%2,\"price\":\"%3\",\"created\":\"%4\","
                          "\"updated\":\"%5\"}")
            .arg(p.id)
            .arg(jsonString(p.title), p.price.toString(), isoUtc(p.createdMs), isoUtc(p.updatedMs));
}

QString objectJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

/// Parses "1,2,3" into ids; false on anything that is not a positive integer.
bool parseIds(const QString &text, QList<qint64> *ids)
{
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok || id <= 0)
            return false;
        ids->append(id);
    }
    return !ids->isEmpty();
}

/// The --title / --price options of add, edit and bulk-update, validated before any write.
struct FieldOptions
{
    std::optional<QString> title;
    std::optional<QString> price;
    bool stats = false;
    QStringList positional;
};

Result<FieldOptions> parseFieldOptions(const QStringList &args)
{
    FieldOptions out;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        auto value = [&]() -> std::optional<QString> {
            if (i + 1 >= args.size())
                return std::nullopt;
            return args.at(++i);
        };
        if (arg == QLatin1String("--title")) {
            out.title = value();
            if (!out.title)
                return Error(ErrorKind::InvalidInput, tr("--title needs a value"));
        } else if (arg == QLatin1String("--price")) {
            out.price = value();
            if (!out.price)
                return Error(ErrorKind::InvalidInput, tr("--price needs a value"));
        } else if (arg == QLatin1String("--stats")) {
            out.stats = true;
        } else if (arg.startsWith(QLatin1String("--"))) {
            return Error(ErrorKind::InvalidInput, tr("unknown option %1").arg(arg));
        } else {
            out.positional << arg;
        }
    }
    return out;
}

Result<ProductChanges> toChanges(const FieldOptions &options)
{
    ProductChanges changes;
    if (options.title) {
        auto title = ProductRules::validateTitle(*options.title);
        if (!title)
            return title.error();
        changes.title = title.value();
    }
    if (options.price) {
        auto price = Money::parse(*options.price, QLocale::c());
        if (!price)
            return price.error();
        changes.price = price.value();
    }
    return changes;
}

int runList(ProductService &service, Database &db, bool withStats)
{
    int statements = 0;
    db.setSqlObserver([&statements](const SqlEvent &) { ++statements; });
    const CacheStats before = service.cache().stats();
    ListLoadStats load;
    auto products = service.list(&load);
    db.setSqlObserver({});
    if (!products)
        return failure(products.error());
    QByteArray out;
    out.reserve(products->size() * 128);
    for (const Product &p : products.value())
        out += productJson(p).toUtf8() + '\n';
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fflush(stdout);
    if (withStats) {
        const CacheStats after = service.cache().stats();
        print(stderr,
              objectJson({{QStringLiteral("hits"), qint64(after.hits - before.hits)},
                          {QStringLiteral("misses"), qint64(after.misses - before.misses)},
                          {QStringLiteral("sql"), statements},
                          {QStringLiteral("calls"), qint64(after.calls - before.calls)},
                          {QStringLiteral("list_version"), load.listVersion},
                          {QStringLiteral("backend"), service.cache().backendName()}}));
    }
    return 0;
}

int runInsert(ProductService &service, const QList<ProductFields> &rows, const QString &write,
              int rejected)
{
    auto inserted = service.insertMany(rows, write);
    if (!inserted)
        return failure(inserted.error());
    QJsonObject result{{QStringLiteral("inserted"), inserted.value()}};
    if (write == QLatin1String("import"))
        result.insert(QStringLiteral("rejected"), rejected);
    print(stdout, objectJson(result));
    return 0;
}

int runCommand(ProductService &service, Database &db, const QString &command,
               const FieldOptions &options)
{
    const QStringList &pos = options.positional;
    if (command == QLatin1String("list"))
        return runList(service, db, options.stats);

    if (command == QLatin1String("seed")) {
        bool ok = false;
        const int n = pos.value(0).toInt(&ok);
        if (!ok || n < 0 || n > 10'000'000)
            return usageError(tr("seed needs a count from 0 to 10000000"));
        return runInsert(service, ProductSeeder::generate(n), QStringLiteral("seed"), 0);
    }
    if (command == QLatin1String("import")) {
        if (pos.size() != 1)
            return usageError(tr("import needs one FILE"));
        auto parsed = ProductImporter::parseFile(pos.first());
        if (!parsed)
            return failure(parsed.error());
        for (const ImportRejection &r : parsed->rejected) {
            print(stderr,
                  tr("rejected row %1: %2%3")
                          .arg(r.row)
                          .arg(r.field.isEmpty() ? QString() : r.field + QStringLiteral(": "),
                               r.reason));
        }
        return runInsert(service, parsed->rows, QStringLiteral("import"),
                         int(parsed->rejected.size()));
    }
    if (command == QLatin1String("add")) {
        if (!options.title || !options.price)
            return usageError(tr("add needs --title and --price"));
        auto fields = ProductRules::validate(*options.title, *options.price, QLocale::c());
        if (!fields)
            return failure(fields.error());
        auto product = service.create(fields.value());
        if (!product)
            return failure(product.error());
        print(stdout, productJson(product.value()));
        return 0;
    }
    if (command == QLatin1String("edit") || command == QLatin1String("bulk-update")) {
        QList<qint64> ids;
        if (pos.size() != 1 || !parseIds(pos.first(), &ids))
            return usageError(tr("%1 needs product ids such as 3 or 3,5,8").arg(command));
        auto changes = toChanges(options);
        if (!changes)
            return failure(changes.error());
        if (changes->isEmpty())
            return usageError(tr("%1 needs --title or --price").arg(command));
        if (command == QLatin1String("edit")) {
            if (ids.size() != 1)
                return usageError(tr("edit takes one product id; use bulk-update for several"));
            auto product = service.update(ids.first(), changes.value());
            if (!product)
                return failure(product.error());
            print(stdout, productJson(product.value()));
            return 0;
        }
        auto affected = service.bulkUpdate(ids, changes.value());
        if (!affected)
            return failure(affected.error());
        print(stdout, objectJson({{QStringLiteral("affected"), affected.value()}}));
        return 0;
    }
    if (command == QLatin1String("delete")) {
        QList<qint64> ids;
        if (pos.size() != 1 || !parseIds(pos.first(), &ids))
            return usageError(tr("delete needs product ids such as 3 or 3,5,8"));
        Result<int> deleted = 0;
        if (ids.size() == 1) {
            auto removed = service.remove(ids.first());
            deleted = removed ? Result<int>(removed.value() ? 1 : 0) : Result<int>(removed.error());
        } else {
            deleted = service.removeMany(ids);
        }
        if (!deleted)
            return failure(deleted.error());
        print(stdout, objectJson({{QStringLiteral("deleted"), deleted.value()}}));
        return 0;
    }
    return usageError(tr("unknown command '%1'").arg(command));
}

} // namespace

int runProductsCommand(const QStringList &arguments)
{
    QString databaseUrl;
    QString cacheUrl = QStringLiteral("memory://");
    QString keyPrefix;
    QStringList rest;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            print(stdout, usage());
            return 0;
        }
        if ((arg == QLatin1String("--database") || arg == QLatin1String("--cache")
             || arg == QLatin1String("--key-prefix"))
            && rest.isEmpty()) {
            if (i + 1 >= arguments.size())
                return usageError(tr("%1 needs a value").arg(arg));
            const QString value = arguments.at(++i);
            if (arg == QLatin1String("--database"))
                databaseUrl = value;
            else if (arg == QLatin1String("--cache"))
                cacheUrl = value;
            else
                keyPrefix = value;
            continue;
        }
        rest << arg;
    }
    if (databaseUrl.isEmpty())
        return usageError(tr("--database is required"));
    if (rest.isEmpty())
        return usageError(tr("a COMMAND is required"));
    const QString command = rest.takeFirst();
    auto options = parseFieldOptions(rest);
    if (!options)
        return usageError(options.error().message);

    auto config = DatabaseConfig::fromUrl(databaseUrl);
    if (!config)
        return usageError(config.error().message);
    auto db = Database::open(config.value());
    if (!db)
        return failure(db.error());

    CacheOptions cacheOptions;
    cacheOptions.keyPrefix = keyPrefix.toUtf8();
    auto cache = createProductCache(cacheUrl, SystemClock::instance(), cacheOptions);
    if (!cache)
        return usageError(cache.error().toString());

    ProductRepository repository(*db.value(), SystemClock::instance());
    ProductService service(repository, *cache.value());
    QObject::connect(&service, &ProductService::cacheFailed, &service, [](const Error &error) {
        print(stderr, tr("warning: cache: %1").arg(error.toString()));
    });
    // Open windows hear of every committed write, exactly as of the app's own (Redis PUBLISH,
    // pg_notify, or the list_version they poll).
    ProductChangeNotifierOptions notifierOptions;
    notifierOptions.cacheUrl = cacheUrl;
    notifierOptions.keyPrefix = cacheOptions.keyPrefix;
    notifierOptions.listen = false;
    ProductChangeNotifier notifier(repository, *db.value(), notifierOptions);
    if (command != QLatin1String("list")) {
        if (auto started = notifier.start(); !started)
            print(stderr,
                  tr("warning: other windows are not notified: %1")
                          .arg(started.error().toString()));
    }
    const CacheOrigin origin(QStringLiteral("cli products ") + command);
    return runCommand(service, *db.value(), command, options.value());
}

} // namespace pm
