#include "cli/productscommand.h"

#include "cache/cacheinstrumentation.h"
#include "cache/cacheurl.h"
#include "cli/clispec.h"
#include "core/clock.h"
#include "db/database.h"
#include "products/productcache.h"
#include "products/productchangenotifier.h"
#include "products/productexporter.h"
#include "products/productimporter.h"
#include "products/productrepository.h"
#include "products/productschema.h"
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

int failure(const Error &error)
{
    print(stderr, tr("error: %1").arg(error.toString()));
    return 1;
}

int usageError(const QString &problem)
{
    return cli::usageError(problem, cli::productsUsageHint());
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
              int rejected, std::optional<int> skipped = std::nullopt)
{
    auto inserted = service.insertMany(rows, write);
    if (!inserted)
        return failure(inserted.error());
    QJsonObject result{{QStringLiteral("inserted"), inserted.value()}};
    if (write == QLatin1String("import"))
        result.insert(QStringLiteral("rejected"), rejected);
    if (skipped)
        result.insert(QStringLiteral("skipped"), *skipped);
    print(stdout, objectJson(result));
    return 0;
}

/// The whole command line, checked before anything is opened: a typo must not create or
/// migrate a database.
struct Plan
{
    DatabaseConfig database;
    QString cacheUrl = QStringLiteral("memory://");
    QString keyPrefix;
    QString command;
    int seedCount = 0;
    ImportResult import;
    ProductFields fields; ///< add
    QList<qint64> ids; ///< edit, bulk-update, delete
    ProductChanges changes; ///< edit, bulk-update
    bool stats = false;
    bool skipDuplicates = false; ///< import
    QString exportPath;
    ProductExporter::Format exportFormat = ProductExporter::Format::Auto;
};

const cli::CommandSpec *findCommand(const QString &name)
{
    for (const cli::CommandSpec &c : cli::productsCommands()) {
        if (name == QLatin1String(c.name))
            return &c;
    }
    return nullptr;
}

/// Fills `plan` from the arguments, or returns the exit status to stop with (help, usage error,
/// unreadable import file).
std::optional<int> prepare(const QStringList &arguments, Plan &plan)
{
    auto parsed = cli::parseLine(arguments, cli::productsOptions() + cli::productsCommandOptions());
    if (!parsed)
        return usageError(parsed.error().message);
    const cli::ParsedLine &line = parsed.value();
    QStringList words = line.positional;
    if (line.help || words.value(0) == QLatin1String("help")) {
        cli::printHelp(cli::productsHelp());
        return 0;
    }
    if (words.isEmpty())
        return usageError(tr("a COMMAND is required"));
    plan.command = words.takeFirst();
    const cli::CommandSpec *spec = findCommand(plan.command);
    if (!spec) {
        QStringList names;
        for (const cli::CommandSpec &c : cli::productsCommands())
            names << QLatin1String(c.name);
        QString problem = tr("unknown command '%1'").arg(plan.command);
        if (const auto guess = cli::closest(plan.command, names))
            problem += tr("; did you mean '%1'?").arg(*guess);
        return usageError(problem);
    }
    const QString synopsis
            = QStringLiteral("%1 %2").arg(plan.command, QLatin1String(spec->arguments));
    // Options of other commands (list --title) are mistakes, not something to ignore.
    const QStringList allowed
            = QString::fromLatin1(spec->options).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const cli::OptionSpec &o : cli::productsCommandOptions()) {
        const QString name = QLatin1String(o.name);
        if (line.values.contains(name) && !allowed.contains(name))
            return usageError(
                    tr("%1 does not take %2; usage: %3").arg(plan.command, name, synopsis));
    }
    if (words.size() < spec->minPositional || words.size() > spec->maxPositional)
        return usageError(tr("wrong number of arguments; usage: %1").arg(synopsis));

    const QString database = line.values.value(QStringLiteral("--database"));
    if (database.isEmpty())
        return usageError(tr("--database is required"));
    auto config = DatabaseConfig::fromUrl(database);
    if (!config)
        return usageError(config.error().message);
    plan.database = config.value();
    if (line.values.contains(QStringLiteral("--cache")))
        plan.cacheUrl = line.values.value(QStringLiteral("--cache"));
    if (auto url = CacheUrl::parse(plan.cacheUrl); !url)
        return usageError(url.error().message);
    plan.keyPrefix = line.values.value(QStringLiteral("--key-prefix"));
    plan.stats = line.values.contains(QStringLiteral("--stats"));
    plan.skipDuplicates = line.values.contains(QStringLiteral("--skip-duplicates"));

    const std::optional<QString> title = line.values.contains(QStringLiteral("--title"))
            ? std::optional<QString>(line.values.value(QStringLiteral("--title")))
            : std::nullopt;
    const std::optional<QString> price = line.values.contains(QStringLiteral("--price"))
            ? std::optional<QString>(line.values.value(QStringLiteral("--price")))
            : std::nullopt;
    const QString &command = plan.command;
    if (command == QLatin1String("seed")) {
        bool ok = false;
        plan.seedCount = words.first().toInt(&ok);
        if (!ok || plan.seedCount < 0 || plan.seedCount > 10'000'000)
            return usageError(
                    tr("seed needs a count from 0 to 10000000, not '%1'").arg(words.first()));
    } else if (command == QLatin1String("import")) {
        // Read before the database is opened: an unreadable file then changes nothing.
        auto imported = ProductImporter::parseFile(words.first());
        if (!imported)
            return failure(imported.error());
        plan.import = imported.value();
    } else if (command == QLatin1String("export")) {
        plan.exportPath = words.first();
        const QString format = line.values.value(QStringLiteral("--format"));
        if (format == QLatin1String("json"))
            plan.exportFormat = ProductExporter::Format::Json;
        else if (format == QLatin1String("csv"))
            plan.exportFormat = ProductExporter::Format::Csv;
        else if (line.values.contains(QStringLiteral("--format")))
            return usageError(tr("--format is csv or json, not '%1'").arg(format));
    } else if (command == QLatin1String("add")) {
        if (!title || !price)
            return usageError(tr("add needs --title and --price"));
        auto fields = ProductRules::validate(*title, *price, QLocale::c());
        if (!fields)
            return usageError(fields.error().message);
        plan.fields = fields.value();
    } else if (command == QLatin1String("edit") || command == QLatin1String("bulk-update")
               || command == QLatin1String("delete")) {
        if (!parseIds(words.first(), &plan.ids))
            return usageError(tr("%1 needs product ids such as 3 or 3,5,8, not '%2'")
                                      .arg(command, words.first()));
        if (command == QLatin1String("edit") && plan.ids.size() != 1)
            return usageError(tr("edit takes one product id; use bulk-update for several"));
        if (command != QLatin1String("delete")) {
            if (title) {
                auto valid = ProductRules::validateTitle(*title);
                if (!valid)
                    return usageError(valid.error().message);
                plan.changes.title = valid.value();
            }
            if (price) {
                auto valid = Money::parse(*price, QLocale::c());
                if (!valid)
                    return usageError(valid.error().message);
                plan.changes.price = valid.value();
            }
            if (plan.changes.isEmpty())
                return usageError(tr("%1 needs --title or --price").arg(command));
        }
    }
    return std::nullopt;
}

int run(const Plan &plan, ProductService &service, Database &db)
{
    const QString &command = plan.command;
    if (command == QLatin1String("list"))
        return runList(service, db, plan.stats);
    if (command == QLatin1String("seed"))
        return runInsert(service, ProductSeeder::generate(plan.seedCount), QStringLiteral("seed"),
                         0);
    if (command == QLatin1String("import")) {
        for (const ImportRejection &r : plan.import.rejected) {
            print(stderr,
                  tr("rejected row %1: %2%3")
                          .arg(r.row)
                          .arg(r.field.isEmpty() ? QString() : r.field + QStringLiteral(": "),
                               r.reason));
        }
        if (!plan.skipDuplicates)
            return runInsert(service, plan.import.rows, QStringLiteral("import"),
                             int(plan.import.rejected.size()));
        auto existing = service.list();
        if (!existing)
            return failure(existing.error());
        const DuplicateSplit split
                = ProductImporter::splitDuplicates(plan.import.rows, existing.value());
        return runInsert(service, split.fresh, QStringLiteral("import"),
                         int(plan.import.rejected.size()), int(split.duplicates.size()));
    }
    if (command == QLatin1String("export")) {
        auto products = service.list();
        if (!products)
            return failure(products.error());
        auto written
                = ProductExporter::writeFile(plan.exportPath, products.value(), plan.exportFormat);
        if (!written)
            return failure(written.error());
        print(stdout, objectJson(QJsonObject{{QStringLiteral("exported"), written.value()}}));
        return 0;
    }
    if (command == QLatin1String("add")) {
        auto product = service.create(plan.fields);
        if (!product)
            return failure(product.error());
        print(stdout, productJson(product.value()));
        return 0;
    }
    if (command == QLatin1String("edit")) {
        auto product = service.update(plan.ids.first(), plan.changes);
        if (!product)
            return failure(product.error());
        print(stdout, productJson(product.value()));
        return 0;
    }
    if (command == QLatin1String("bulk-update")) {
        auto affected = service.bulkUpdate(plan.ids, plan.changes);
        if (!affected)
            return failure(affected.error());
        print(stdout, objectJson({{QStringLiteral("affected"), affected.value()}}));
        return 0;
    }
    // delete: prepare() accepts no other command.
    Result<int> deleted = 0;
    if (plan.ids.size() == 1) {
        auto removed = service.remove(plan.ids.first());
        deleted = removed ? Result<int>(removed.value() ? 1 : 0) : Result<int>(removed.error());
    } else {
        deleted = service.removeMany(plan.ids);
    }
    if (!deleted)
        return failure(deleted.error());
    print(stdout, objectJson({{QStringLiteral("deleted"), deleted.value()}}));
    return 0;
}

} // namespace

int runProductsCommand(const QStringList &arguments)
{
    Plan plan;
    if (const std::optional<int> exitCode = prepare(arguments, plan))
        return *exitCode;

    // The cache before the database: a refused cache URL (a remote Redis without TLS) is still
    // a usage error that leaves no database behind.
    CacheOptions cacheOptions;
    cacheOptions.keyPrefix = plan.keyPrefix.toUtf8();
    auto cache = createProductCache(plan.cacheUrl, SystemClock::instance(), cacheOptions);
    if (!cache)
        return usageError(cache.error().toString());
    auto db = ProductSchema::open(plan.database);
    if (!db)
        return failure(db.error());
    if (db.value()->isSnapshot())
        print(stderr, tr("warning: %1").arg(db.value()->accessNote()));
    // A one-shot process reads the list version once: watching the WAL index for later reads
    // would only cost its two set-up statements.
    db.value()->setChangeWatchAllowed(false);

    ProductRepository repository(*db.value(), SystemClock::instance());
    ProductService service(repository, *cache.value());
    QObject::connect(&service, &ProductService::cacheFailed, &service, [](const Error &error) {
        print(stderr, tr("warning: cache: %1").arg(error.toString()));
    });
    // Open windows hear of every committed write, exactly as of the app's own (Redis PUBLISH,
    // pg_notify, or the list_version they poll).
    ProductChangeNotifierOptions notifierOptions;
    notifierOptions.cacheUrl = plan.cacheUrl;
    notifierOptions.keyPrefix = cacheOptions.keyPrefix;
    notifierOptions.listen = false;
    ProductChangeNotifier notifier(repository, *db.value(), notifierOptions);
    if (plan.command != QLatin1String("list") && plan.command != QLatin1String("export")) {
        if (auto started = notifier.start(); !started)
            print(stderr,
                  tr("warning: other windows are not notified: %1")
                          .arg(started.error().toString()));
    }
    const CacheOrigin origin(QStringLiteral("cli products ") + plan.command);
    return run(plan, service, *db.value());
}

} // namespace pm
