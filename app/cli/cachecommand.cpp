#include "cli/cachecommand.h"

#include "cache/cache.h"
#include "cache/cacheconsole.h"
#include "cache/cachefactory.h"
#include "cache/cacheurl.h"
#include "cli/clispec.h"
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
    return cli::usageError(problem, cli::cacheUsageHint());
}

} // namespace

qsizetype firstInvalidUtf8Byte(QByteArrayView bytes)
{
    // Well-formed sequences as in Unicode's table 3-7: no overlong forms, no surrogates,
    // nothing above U+10FFFF, no truncated or stray continuation bytes.
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar b = uchar(bytes[i]);
        if (b < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        uchar low = 0x80, high = 0xBF; // the allowed range of the second byte
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            if (b == 0xE0)
                low = 0xA0;
            else if (b == 0xED)
                high = 0x9F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            if (b == 0xF0)
                low = 0x90;
            else if (b == 0xF4)
                high = 0x8F;
        } else {
            return i;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= n)
                return i;
            const uchar c = uchar(bytes[i + k]);
            if (k == 1 ? (c < low || c > high) : (c < 0x80 || c > 0xBF))
                return i;
        }
        i += length;
    }
    return -1;
}

int runCacheCommand(const QStringList &arguments)
{
    // Standard output belongs to the answers; keep informational logs quiet on standard error
    // too unless the user asked for them. Warnings (key warnings) still reach standard error.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("pm.*.info=false"));
    auto parsed = cli::parseLine(arguments, cli::cacheOptions());
    if (!parsed)
        return usageError(parsed.error().message);
    const cli::ParsedLine &line = parsed.value();
    if (line.help || line.positional.value(0) == QLatin1String("help")) {
        cli::printHelp(cli::cacheHelp());
        return 0;
    }
    if (!line.positional.isEmpty())
        return usageError(tr("unexpected argument '%1' (the console reads its commands from "
                             "standard input)")
                                  .arg(line.positional.first()));
    const QString url = line.values.value(QStringLiteral("--cache"));
    if (url.isEmpty())
        return usageError(tr("--cache URL is required"));
    // Malformed URLs are usage errors, reported before anything is opened.
    if (auto parsedUrl = CacheUrl::parse(url); !parsedUrl)
        return usageError(parsedUrl.error().message);
    CacheOptions options;
    options.readErrorsAreMisses = false; // a console shows the error, not a silent miss
    options.keyPrefix = line.values.value(QStringLiteral("--key-prefix")).toUtf8();
    if (line.values.contains(QStringLiteral("--version"))) {
        bool ok = false;
        options.defaultVersion = line.values.value(QStringLiteral("--version")).toInt(&ok);
        if (!ok)
            return usageError(tr("--version needs a whole number"));
    }
    if (line.values.contains(QStringLiteral("--default-timeout"))) {
        const QString value = line.values.value(QStringLiteral("--default-timeout"));
        if (value == QLatin1String("forever")) {
            options.defaultTimeout = Timeout::never();
        } else {
            bool ok = false;
            const double seconds = value.toDouble(&ok);
            if (!ok || !std::isfinite(seconds))
                return usageError(tr("--default-timeout needs seconds or forever"));
            // 1e300 used to wrap to a negative timeout: every set then deleted its key.
            const std::optional<Timeout> timeout = Timeout::checkedSeconds(seconds);
            if (!timeout)
                return usageError(tr("--default-timeout must be between -%1 and %1 seconds, "
                                     "or forever")
                                          .arg(QString::number(Timeout::MaxSeconds, 'g', 3)));
            options.defaultTimeout = *timeout;
        }
    }

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
    std::string input;
    while (std::getline(std::cin, input)) {
        if (!input.empty() && input.back() == '\r')
            input.pop_back();
        // A lossy decode would turn two different keys into the same U+FFFD key: refuse the
        // line instead, with one output line like any other error.
        const QByteArrayView bytes(input.data(), qsizetype(input.size()));
        const qsizetype bad = firstInvalidUtf8Byte(bytes);
        const QString output = bad >= 0 ? QStringLiteral("error: ")
                        + Error(ErrorKind::InvalidInput,
                                tr("invalid UTF-8 at byte %1 (0x%2); the line was not run")
                                        .arg(bad + 1)
                                        .arg(uint(uchar(bytes[bad])), 2, 16, QLatin1Char('0')))
                                  .toString()
                                        : console.execute(QString::fromUtf8(bytes));
        if (!output.isEmpty())
            printOut(output);
    }
    return 0;
}

} // namespace pm
