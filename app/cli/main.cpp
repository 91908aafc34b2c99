// productmanager-cli: the product and cache services from the shell. Links pm_core only.
#include "cli/cachecommand.h"
#include "cli/productscommand.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

int main(int argc, char *argv[])
{
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
    if (command == QLatin1String("--version")) {
        QTextStream(stdout) << "productmanager-cli " << PM_VERSION << Qt::endl;
        return 0;
    }
    QTextStream(stderr) << "usage: productmanager-cli (cache|products) [options]" << Qt::endl;
    return 2;
}
