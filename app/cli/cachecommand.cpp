#include "cli/cachecommand.h"

#include "cache/cache.h"
#include "cache/cacheconsole.h"
#include "cache/cachefactory.h"
#include "cache/cacheurl.h"
#include "core/clock.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cmath>
#include <cstdio>
#include <iostream>
#include <string>

namespace pm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pm::CacheCommand", text);
}

void printErr(const QString &text)
{
    const QByteArray utf8 = text.toUtf8() + '\n';
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stderr);
    std::fflush(stderr);
}

void printOut(const QString &text)
{
    const QByteArray utf8 = text.toUtf8() + '\n';
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    std::fflush(stdout); // one answer per command, at once: scripts drive us interactively
}

int usageError(const QString &problem)
{
    if (!problem.isEmpty())
        printErr(tr("productmanager-cli cache: %1").arg(problem));
    printErr(tr("usage: productmanager-cli cache --cache URL [--key-prefix P] [--version N] "
                "[--default-timeout SECONDS|forever]"));
    return 2;
}

} // namespace

int runCacheCommand(const QStringList &arguments)
{
    // Standard output belongs to the answers; keep informational logs quiet on standard error
    // too unless the user asked for them. Warnings (key warnings) still reach standard error.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("pm.*.info=false"));
    QString url;
    CacheOptions options;
    options.readErrorsAreMisses = false; // a console shows the error, not a silent miss
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString arg = arguments.at(i);
        QString value;
        bool hasValue = false;
        const qsizetype eq = arg.indexOf(QLatin1Char('='));
        if (arg.startsWith(QLatin1String("--")) && eq > 0) {
            value = arg.mid(eq + 1);
            arg = arg.left(eq);
            hasValue = true;
        }
        auto takeValue = [&]() -> bool {
            if (hasValue)
                return true;
            if (i + 1 >= arguments.size())
                return false;
            value = arguments.at(++i);
            return true;
        };
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            usageError(QString());
            return 0;
        }
        if (arg == QLatin1String("--cache")) {
            if (!takeValue())
                return usageError(tr("--cache needs a URL"));
            url = value;
        } else if (arg == QLatin1String("--key-prefix")) {
            if (!takeValue())
                return usageError(tr("--key-prefix needs a value"));
            options.keyPrefix = value.toUtf8();
        } else if (arg == QLatin1String("--version")) {
            bool ok = false;
            if (!takeValue() || (options.defaultVersion = value.toInt(&ok), !ok))
                return usageError(tr("--version needs a whole number"));
        } else if (arg == QLatin1String("--default-timeout")) {
            if (!takeValue())
                return usageError(tr("--default-timeout needs seconds or forever"));
            if (value == QLatin1String("forever")) {
                options.defaultTimeout = Timeout::never();
            } else {
                bool ok = false;
                const double seconds = value.toDouble(&ok);
                if (!ok || std::isnan(seconds))
                    return usageError(tr("--default-timeout needs seconds or forever"));
                // 1e300 used to wrap to a negative timeout: every set then deleted its key.
                const std::optional<Timeout> timeout = Timeout::checkedSeconds(seconds);
                if (!timeout)
                    return usageError(tr("--default-timeout must be between -%1 and %1 seconds, "
                                         "or forever")
                                              .arg(QString::number(Timeout::MaxSeconds, 'g', 3)));
                options.defaultTimeout = *timeout;
            }
        } else {
            return usageError(tr("unknown argument '%1'").arg(arg));
        }
    }
    if (url.isEmpty())
        return usageError(tr("--cache URL is required"));

    Result<std::unique_ptr<CacheBackend>> backend
            = createCacheBackend(url, SystemClock::instance());
    if (!backend) {
        printErr(QStringLiteral("error: ") + backend.error().toString());
        return 2;
    }
    // Prove the backend answers before reading commands (a probe outside the statistics).
    {
        CallFacts facts;
        const Result<bool> probe = (*backend)->hasKey(options.keyPrefix + ":probe", facts);
        if (!probe) {
            printErr(QStringLiteral("error: ") + probe.error().toString());
            return 2;
        }
    }
    Cache cache(std::move(backend).value(), options);
    CacheConsole console(cache);
    std::string line;
    while (std::getline(std::cin, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        const QString output
                = console.execute(QString::fromUtf8(line.data(), qsizetype(line.size())));
        if (!output.isEmpty())
            printOut(output);
    }
    return 0;
}

} // namespace pm
