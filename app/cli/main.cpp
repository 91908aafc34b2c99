// productmanager-cli: the product and cache services from the shell. Links pm_core only.
#include "cli/cachecommand.h"
#include "cli/clispec.h"
#include "cli/productscommand.h"
#include "core/allocator.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pm::Cli", text);
}

QStringList names(const QList<pm::cli::CommandSpec> &commands)
{
    QStringList out;
    for (const auto &c : commands)
        out << QLatin1String(c.name);
    return out;
}

int unknownCommand(const QString &word, const QStringList &known, const QString &hint)
{
    QString problem = tr("unknown command '%1'").arg(word);
    if (const auto guess = pm::cli::closest(word, known))
        problem += tr("; did you mean '%1'?").arg(*guess);
    return pm::cli::usageError(problem, hint);
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything allocates: list-sized buffers reuse warm heap pages (core/allocator.h).
    pm::tuneAllocator();
    // Informational logs would drown the one-line-per-command output on stderr; warnings stay.
    // QT_LOGGING_RULES still overrides this (e.g. QT_LOGGING_RULES="pm.*.info=true").
    QLoggingCategory::setFilterRules(QStringLiteral("pm.*.info=false\npm.*.debug=false"));
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("productmanager-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PM_VERSION));
    const QStringList args = app.arguments();
    const QString command = args.value(1);
    // Subcommands first: their own options (e.g. cache --version N) must not be taken for ours.
    if (command == QLatin1String("cache"))
        return pm::runCacheCommand(args.mid(2));
    if (command == QLatin1String("products"))
        return pm::runProductsCommand(args.mid(2));

    using namespace pm::cli;
    auto parsed = parseLine(args.mid(1), topOptions());
    if (!parsed)
        return usageError(parsed.error().message, topUsageHint());
    QStringList words = parsed->positional;
    if (parsed->help || words.value(0) == QLatin1String("help")) {
        if (!parsed->help)
            words.removeFirst();
        if (words.size() > 1)
            return usageError(tr("help takes at most one command"), topUsageHint());
        const QString topic = words.value(0);
        if (topic.isEmpty())
            printHelp(topHelp());
        else if (topic == QLatin1String("products"))
            printHelp(productsHelp());
        else if (topic == QLatin1String("cache"))
            printHelp(cacheHelp());
        else
            return unknownCommand(topic, names(topCommands()), topUsageHint());
        return 0;
    }
    if (parsed->values.contains(QStringLiteral("--version"))) {
        if (!words.isEmpty())
            return usageError(tr("--version takes no arguments"), topUsageHint());
        writeLine(stdout, QStringLiteral("productmanager-cli " PM_VERSION));
        return 0;
    }
    if (words.isEmpty())
        return usageError(tr("a command is required"), topUsageHint());
    return unknownCommand(words.first(), names(topCommands()), topUsageHint());
}
