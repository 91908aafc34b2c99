// productmanager-cli: the product and cache services from the shell. Links pm_core only.
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("productmanager-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PM_VERSION));
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    if (args.contains(QStringLiteral("--version"))) {
        out << "productmanager-cli " << PM_VERSION << Qt::endl;
        return 0;
    }
    QTextStream(stderr) << "usage: productmanager-cli (cache|products) [options]" << Qt::endl;
    return 2;
}
