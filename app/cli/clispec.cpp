#include "cli/clispec.h"

#include "cache/cacheconsole.h"

#include <QCoreApplication>

#include <algorithm>

namespace pm::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pm::CliHelp", text);
}

// Syntax (option names, URL forms, commands) is not translated; the prose is.
const QList<OptionSpec> TopOptions = {
        {"--version", "-v", nullptr,
         QT_TRANSLATE_NOOP("pm::CliHelp", "Print the version and exit.")},
        {"--help", "-h", nullptr, QT_TRANSLATE_NOOP("pm::CliHelp", "Print this help and exit.")},
};

const QList<CommandSpec> TopCommands = {
        {"products", "--database URL [OPTIONS] COMMAND [ARGS]", 0, 0, "",
         QT_TRANSLATE_NOOP("pm::CliHelp",
                           "Run one command against the catalogue (see products --help).")},
        {"cache", "--cache URL [OPTIONS]", 0, 0, "",
         QT_TRANSLATE_NOOP("pm::CliHelp",
                           "Run cache console commands read from standard input (see cache "
                           "--help).")},
        {"help", "[products|cache]", 0, 1, "",
         QT_TRANSLATE_NOOP("pm::CliHelp", "Print this help, or the help of one command.")},
};

const QList<OptionSpec> ProductsOptions = {
        {"--database", nullptr, "URL",
         QT_TRANSLATE_NOOP("pm::CliHelp", "The catalogue (required); see Database URLs.")},
        {"--cache", nullptr, "URL",
         QT_TRANSLATE_NOOP("pm::CliHelp", "The cache, memory:// by default; see Cache URLs.")},
        {"--key-prefix", nullptr, "P",
         QT_TRANSLATE_NOOP("pm::CliHelp", "Prefix for every cache key (default: none).")},
        {"--help", "-h", nullptr, QT_TRANSLATE_NOOP("pm::CliHelp", "Print this help and exit.")},
};

const QList<OptionSpec> ProductsCommandOptions = {
        {"--title", nullptr, "T",
         QT_TRANSLATE_NOOP("pm::CliHelp", "The product title (add, edit, bulk-update).")},
        {"--price", nullptr, "P",
         QT_TRANSLATE_NOOP("pm::CliHelp",
                           "The price, such as 9.03 or '$9.03' (add, edit, bulk-update).")},
        {"--stats", nullptr, nullptr,
         QT_TRANSLATE_NOOP("pm::CliHelp",
                           "list: also print the load's cache hits, misses, calls, SQL statements, "
                           "list version and backend as one JSON line on standard error.")},
        {"--skip-duplicates", nullptr, nullptr,
         QT_TRANSLATE_NOOP("pm::CliHelp",
                           "import: leave out rows whose title and price are already in the "
                           "catalogue; prints {\"inserted\":N,\"rejected\":M,\"skipped\":K}.")},
        {"--format", nullptr, "csv|json",
         QT_TRANSLATE_NOOP("pm::CliHelp",
                           "export: the file format (default: by FILE's extension, else csv).")},
};

const QList<CommandSpec> ProductsCommands = {
        {"seed", "N", 1, 1, "",
         QT_TRANSLATE_NOOP("pm::CliHelp",
                           "Add N generated demo products (0 to 10000000); prints "
                           "{\"inserted\":N}.")},
        {"import", "FILE [--skip-duplicates]", 1, 1, "--skip-duplicates",
         QT_TRANSLATE_NOOP("pm::CliHelp",
                           "Import a JSON array of {title, price} objects or a CSV file with a "
                           "title,price header; prints {\"inserted\":N,\"rejected\":M}.")},
        {"export", "FILE [--format csv|json]", 1, 1, "--format",
         QT_TRANSLATE_NOOP("pm::CliHelp",
                           "Write every product (read through the cache) to FILE as CSV or JSON, "
                           "the formats import reads; FILE is replaced only when complete; "
                           "prints {\"exported\":N}.")},
        {"list", "[--stats]", 0, 0, "--stats",
         QT_TRANSLATE_NOOP("pm::CliHelp",
                           "Print every product as one JSON object per line (id, title, price, "
                           "created, updated), read through the cache.")},
        {"add", "--title T --price P", 0, 0, "--title --price",
         QT_TRANSLATE_NOOP("pm::CliHelp", "Add one product and print it.")},
        {"edit", "ID [--title T] [--price P]", 1, 1, "--title --price",
         QT_TRANSLATE_NOOP("pm::CliHelp", "Change one product and print it.")},
        {"bulk-update", "ID[,ID...] [--title T] [--price P]", 1, 1, "--title --price",
         QT_TRANSLATE_NOOP("pm::CliHelp",
                           "Change several products in one transaction; prints "
                           "{\"affected\":N}.")},
        {"delete", "ID[,ID...]", 1, 1, "",
         QT_TRANSLATE_NOOP("pm::CliHelp", "Delete products; prints {\"deleted\":N}.")},
        {"help", "", 0, 0, "", QT_TRANSLATE_NOOP("pm::CliHelp", "Print this help and exit.")},
};

const QList<OptionSpec> CacheOptions = {
        {"--cache", nullptr, "URL",
         QT_TRANSLATE_NOOP("pm::CliHelp",
                           "The cache (required); see Cache URLs. It is probed before the first "
                           "command.")},
        {"--key-prefix", nullptr, "P",
         QT_TRANSLATE_NOOP("pm::CliHelp", "Prefix for every cache key (default: none).")},
        {"--version", nullptr, "N",
         QT_TRANSLATE_NOOP("pm::CliHelp",
                           "The default key version, a whole number (default 1; here not the "
                           "program version).")},
        {"--default-timeout", nullptr, "SECONDS|forever",
         QT_TRANSLATE_NOOP("pm::CliHelp",
                           "The timeout of keys set without timeout= (default 300 seconds).")},
        {"--help", "-h", nullptr, QT_TRANSLATE_NOOP("pm::CliHelp", "Print this help and exit.")},
};

const QList<EnvironmentSpec> Environment = {
        {"PM_CACHE_PASSWORD",
         QT_TRANSLATE_NOOP("pm::CliHelp",
                           "The Redis password when the cache URL has none (keeps it out of the "
                           "process list)."),
         true, true},
        {"PGPASSWORD",
         QT_TRANSLATE_NOOP("pm::CliHelp",
                           "The PostgreSQL password when the database URL has none (read by "
                           "libpq)."),
         true, false},
        {"PGPASSFILE",
         QT_TRANSLATE_NOOP("pm::CliHelp",
                           "The PostgreSQL password file, ~/.pgpass by default (read by libpq "
                           "when neither the URL nor PGPASSWORD has a password)."),
         true, false},
        {"QT_LOGGING_RULES",
         QT_TRANSLATE_NOOP("pm::CliHelp",
                           "Logging on standard error; pm.*.info=true shows the informational "
                           "logs, which are off by default."),
         true, true},
};

// Column for the descriptions; longer names push their description one space further.
constexpr int Column = 34;

QString row(const QString &left, const QString &help)
{
    QString line = QStringLiteral("  ") + left;
    line += line.size() < Column ? QString(Column - line.size(), QLatin1Char(' '))
                                 : QStringLiteral(" ");
    return line + help + QLatin1Char('\n');
}

QString optionLeft(const OptionSpec &o)
{
    QString left = o.shortName ? QLatin1String(o.shortName) + QStringLiteral(", ") : QString();
    left += QLatin1String(o.name);
    if (o.value)
        left += QLatin1Char(' ') + QLatin1String(o.value);
    return left;
}

QString optionRows(const QList<OptionSpec> &options)
{
    QString out;
    for (const OptionSpec &o : options)
        out += row(optionLeft(o), tr(o.help));
    return out;
}

QString commandRows(const QList<CommandSpec> &commands, const QString &prefix = {})
{
    QString out;
    for (const CommandSpec &c : commands) {
        QString left = prefix + QLatin1String(c.name);
        if (*c.arguments)
            left += QLatin1Char(' ') + QLatin1String(c.arguments);
        out += row(left, tr(c.help));
    }
    return out;
}

QString heading(const QString &title)
{
    return QLatin1Char('\n') + title + QLatin1Char('\n');
}

QString databaseUrls()
{
    return heading(tr("Database URLs:"))
            + row(QStringLiteral("PATH"),
                  tr("An SQLite file; a relative path starts at the current directory."))
            + row(QStringLiteral("sqlite:///PATH"), tr("An SQLite file by its absolute path."))
            + row(QStringLiteral("postgresql://[user[:password]@]host[:port]/db"),
                  tr("PostgreSQL (also postgres://; port 5432 by default)."))
            + row(QStringLiteral("  ?connect_timeout=S"),
                  tr("PostgreSQL query options: connect_timeout (seconds), host (a socket "
                     "directory such as /run/postgresql), port, user, password, dbname."));
}

QString cacheUrls()
{
    return heading(tr("Cache URLs:"))
            + row(QStringLiteral("memory://[?max_entries=N&cull_frequency=N]"),
                  tr("In this process; at most max_entries keys (300), culling 1/cull_frequency "
                     "of them (3; 0 clears all) when full."))
            + row(QStringLiteral("redis://[[user]:password@]host[:port][/db]"),
                  tr("Redis over TCP (port 6379, db 0 by default); a host not on this machine "
                     "also needs allow_insecure=1 (not encrypted: prefer rediss://)."))
            + row(QStringLiteral("rediss://[[user]:password@]host[:port][/db]"),
                  tr("Redis over TLS, verified against ssl_ca_certs=PATH (or the system's "
                     "CAs); ssl_certfile=PATH&ssl_keyfile=PATH for a client certificate; "
                     "ssl_cert_reqs=none turns verification off."))
            + row(QStringLiteral("unix:///PATH.sock[?db=N]"), tr("Redis on a unix socket."))
            + row(QStringLiteral("redis-sentinel://[[user]:password@]host:port[,host:port]/db"),
                  tr("The master of a Redis Sentinel service (?service=NAME, required), followed "
                     "at a failover; sentinel_password= for the sentinels' own password."))
            + row(QStringLiteral("  ?deadline=MS&connect_timeout=MS"),
                  tr("Redis query options: the whole-call deadline and the connect timeout in "
                     "milliseconds (250 each); also user=, password=, allow_insecure=1."));
}

QString environmentRows(bool products, bool cache)
{
    QString out = heading(tr("Environment:"));
    for (const EnvironmentSpec &e : Environment) {
        if ((products && e.products) || (cache && e.cache))
            out += row(QLatin1String(e.name), tr(e.help));
    }
    return out;
}

QString exitStatus(bool cache)
{
    QString out = heading(tr("Exit status:"));
    out += row(QStringLiteral("0"),
               cache ? tr("Every line was read (lines that printed error: included).")
                     : tr("Success."));
    if (!cache)
        out += row(QStringLiteral("1"),
                   tr("The operation failed (database error, unreadable import file, unknown "
                      "product id); nothing was written."));
    out += row(QStringLiteral("2"),
               cache ? tr("Usage error (unknown option, bad value, malformed URL), or the cache "
                          "did not answer at start.")
                     : tr("Usage error (unknown command or option, bad argument, malformed URL): "
                          "nothing was opened or written."));
    return out;
}

QString consoleCommands()
{
    QString out = heading(tr("Console commands (one per line on standard input; each prints "
                             "one line, errors start with error:):"));
    for (const QString &usage : CacheConsole::commandUsages())
        out += QStringLiteral("  ") + usage + QLatin1Char('\n');
    return out;
}

QString productsBody()
{
    return heading(tr("Options (before or after the command):")) + optionRows(ProductsOptions)
            + heading(tr("Commands:")) + commandRows(ProductsCommands)
            + heading(tr("Command options:")) + optionRows(ProductsCommandOptions);
}

QString cacheBody()
{
    return heading(tr("Options (also as --name=value):")) + optionRows(CacheOptions)
            + consoleCommands();
}

QString productsExamples()
{
    return QStringLiteral(
            "  productmanager-cli products --database /tmp/p.db seed 1000\n"
            "  productmanager-cli products --database sqlite:///tmp/p.db list --stats\n"
            "  productmanager-cli products --database /tmp/p.db add --title Tea --price '$9.03'\n"
            "  productmanager-cli products --database postgresql://shop@db.example/catalogue "
            "--cache redis://127.0.0.1:6379/1 bulk-update 3,5,8 --price 2.50\n");
}

QString cacheExamples()
{
    return QStringLiteral(
            "  printf 'set my_key \"my new value\" timeout=120\\nget my_key\\n' | "
            "productmanager-cli cache --cache memory://\n"
            "  echo stats | PM_CACHE_PASSWORD=secret productmanager-cli cache --cache "
            "'unix:///run/redis/redis.sock?db=1&deadline=500'\n");
}

} // namespace

const QList<OptionSpec> &topOptions()
{
    return TopOptions;
}
const QList<CommandSpec> &topCommands()
{
    return TopCommands;
}
const QList<OptionSpec> &productsOptions()
{
    return ProductsOptions;
}
const QList<OptionSpec> &productsCommandOptions()
{
    return ProductsCommandOptions;
}
const QList<CommandSpec> &productsCommands()
{
    return ProductsCommands;
}
const QList<OptionSpec> &cacheOptions()
{
    return CacheOptions;
}
const QList<EnvironmentSpec> &environment()
{
    return Environment;
}

QString topHelp()
{
    return tr("usage: productmanager-cli COMMAND [OPTIONS] [ARGS]\n"
              "The product catalogue and its cache from the shell, without a window.\n")
            + heading(tr("Commands:")) + commandRows(TopCommands) + heading(tr("Options:"))
            + optionRows(TopOptions)
            + heading(QStringLiteral("productmanager-cli products --database URL [OPTIONS] "
                                     "COMMAND [ARGS]"))
            + productsBody()
            + heading(QStringLiteral("productmanager-cli cache --cache URL [OPTIONS]"))
            + cacheBody() + databaseUrls() + cacheUrls() + environmentRows(true, true)
            + exitStatus(false)
            + tr("  The cache command exits 0 once every line was read, and "
                 "2 when its cache did not answer at start.\n")
            + heading(tr("Examples:")) + productsExamples() + cacheExamples();
}

QString productsHelp()
{
    return tr("usage: productmanager-cli products --database URL [OPTIONS] COMMAND [ARGS]\n"
              "Runs one command against the catalogue; the list is read through the cache like "
              "the window does.\n")
            + productsBody() + databaseUrls() + cacheUrls() + environmentRows(true, false)
            + exitStatus(false) + heading(tr("Examples:")) + productsExamples();
}

QString cacheHelp()
{
    return tr("usage: productmanager-cli cache --cache URL [OPTIONS] < COMMANDS\n"
              "Runs cache console commands read from standard input, one per line, and prints "
              "exactly one line for each, at once.\n")
            + cacheBody() + cacheUrls() + environmentRows(false, true) + exitStatus(true)
            + heading(tr("Examples:")) + cacheExamples();
}

QString topUsageHint()
{
    return tr("usage: productmanager-cli (products|cache|help) [OPTIONS]; try "
              "'productmanager-cli --help'");
}

QString productsUsageHint()
{
    return tr("usage: productmanager-cli products --database URL [OPTIONS] COMMAND [ARGS]; try "
              "'productmanager-cli products --help'");
}

QString cacheUsageHint()
{
    return tr("usage: productmanager-cli cache --cache URL [OPTIONS]; try "
              "'productmanager-cli cache --help'");
}

Result<ParsedLine> parseLine(const QStringList &arguments, const QList<OptionSpec> &options)
{
    ParsedLine out;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString arg = arguments.at(i);
        // "-5" is a (bad) number for the command to reject, not an option.
        if (!arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("-") || arg.at(1).isDigit()) {
            out.positional << arg;
            continue;
        }
        std::optional<QString> inlineValue;
        if (const qsizetype eq = arg.indexOf(QLatin1Char('='));
            arg.startsWith(QLatin1String("--")) && eq > 2) {
            inlineValue = arg.mid(eq + 1);
            arg.truncate(eq);
        }
        const auto spec = std::find_if(options.cbegin(), options.cend(), [&](const OptionSpec &o) {
            return arg == QLatin1String(o.name)
                    || (o.shortName && arg == QLatin1String(o.shortName));
        });
        if (spec == options.cend())
            return Error(ErrorKind::InvalidInput, tr("unknown option '%1'").arg(arg));
        const QString name = QLatin1String(spec->name);
        QString value;
        if (spec->value) {
            if (inlineValue) {
                value = *inlineValue;
            } else if (i + 1 < arguments.size()) {
                value = arguments.at(++i);
            } else {
                return Error(ErrorKind::InvalidInput,
                             tr("%1 needs a value (%2)").arg(name, QLatin1String(spec->value)));
            }
        } else if (inlineValue) {
            return Error(ErrorKind::InvalidInput, tr("%1 takes no value").arg(name));
        }
        if (name == QLatin1String("--help")) {
            out.help = true;
            continue;
        }
        out.values.insert(name, value);
        out.order << name;
    }
    return out;
}

void writeLine(FILE *stream, const QString &line)
{
    const QByteArray utf8 = line.toUtf8() + '\n';
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stream);
    std::fflush(stream);
}

void printHelp(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    std::fflush(stdout);
}

int usageError(const QString &problem, const QString &hint)
{
    writeLine(stderr, tr("error: %1").arg(problem));
    writeLine(stderr, hint);
    return 2;
}

std::optional<QString> closest(const QString &word, const QStringList &candidates)
{
    // Levenshtein distance, small strings only.
    auto distance = [](const QString &a, const QString &b) {
        QList<int> prev(b.size() + 1), cur(b.size() + 1);
        for (qsizetype j = 0; j <= b.size(); ++j)
            prev[j] = int(j);
        for (qsizetype i = 1; i <= a.size(); ++i) {
            cur[0] = int(i);
            for (qsizetype j = 1; j <= b.size(); ++j) {
                const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
                cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            }
            std::swap(prev, cur);
        }
        return prev[b.size()];
    };
    std::optional<QString> best;
    int bestDistance = 3;
    for (const QString &c : candidates) {
        const int d = distance(word.toLower(), c);
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    return best;
}

} // namespace pm::cli
