// A second process for tst_productchangenotifier: one instance of the catalogue with its own
// connection and ProductChangeNotifier, driven over stdin/stdout so the test can prove that a
// change crosses a real process boundary.
//   args:   <database url> <cache url> <key prefix> <poll ms>
//   stdout: "ready <transport>" once listening, "change <version>" per remoteChange,
//           "wrote <version>" after each write
//   stdin:  "write <title>" creates a product; "quit" exits
#include "core/clock.h"
#include "db/database.h"
#include "products/productchangenotifier.h"
#include "products/productrepository.h"
#include "products/productschema.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

using namespace pm;

namespace {

void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

const char *name(ChangeTransport t)
{
    switch (t) {
    case ChangeTransport::Redis:
        return "redis";
    case ChangeTransport::Postgres:
        return "postgres";
    case ChangeTransport::Poll:
        return "poll";
    case ChangeTransport::Auto:
        break;
    }
    return "auto";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        say("usage: notifierprobe DATABASE CACHE PREFIX POLL_MS");
        return 2;
    }
    auto config = DatabaseConfig::fromUrl(args.at(1));
    if (!config) {
        say("error " + config.error().toString().toUtf8());
        return 1;
    }
    auto db = ProductSchema::open(config.value());
    if (!db) {
        say("error " + db.error().toString().toUtf8());
        return 1;
    }
    ProductRepository repo(*db.value(), SystemClock::instance());
    ProductChangeNotifierOptions options;
    options.cacheUrl = args.at(2);
    options.keyPrefix = args.at(3).toUtf8();
    options.pollIntervalMs = args.at(4).toInt();
    ProductChangeNotifier notifier(repo, *db.value(), options);
    QObject::connect(&notifier, &ProductChangeNotifier::remoteChange, &app,
                     [](qint64 v) { say("change " + QByteArray::number(v)); });
    if (auto started = notifier.start(); !started) {
        say("error " + started.error().toString().toUtf8());
        return 1;
    }
    auto ready = [&notifier] {
        say(QByteArray("ready ") + name(notifier.transport()));
    };
    if (notifier.transport() == ChangeTransport::Redis)
        QObject::connect(&notifier, &ProductChangeNotifier::degradedChanged, &app,
                         [ready](bool degraded) {
                             if (!degraded)
                                 ready();
                         });
    else
        ready();

    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray pending;
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[4096];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            app.quit();
            return;
        }
        pending.append(buffer, n);
        for (qsizetype eol; (eol = pending.indexOf('\n')) >= 0;) {
            const QByteArray line = pending.left(eol).trimmed();
            pending.remove(0, eol + 1);
            if (line == "quit") {
                app.quit();
            } else if (line.startsWith("write ")) {
                auto p = repo.create(ProductFields{QString::fromUtf8(line.mid(6)), Money(100)});
                say(p ? "wrote " + QByteArray::number(repo.lastCommittedListVersion())
                      : "error " + p.error().toString().toUtf8());
            }
        }
    });
    const int code = app.exec();
    notifier.stop();
    return code;
}
