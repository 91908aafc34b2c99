#include "db/databaseconfig.h"

#include "core/urlredaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace pm {

// The messages keep the translation context of the class they came from (pm::Database).
namespace {

Error invalidUrl(const QString &why)
{
    return Error(ErrorKind::InvalidInput, why, QStringLiteral("url"));
}

// Never quotes the URL: where a malformed URL keeps its password is anybody's guess.
Error malformedUrl()
{
    return invalidUrl(
            QCoreApplication::translate("pm::Database",
                                        "The database URL is malformed: expected sqlite:///path or "
                                        "postgresql://host/dbname."));
}

QString decode(const QString &s)
{
    return QUrl::fromPercentEncoding(s.toUtf8());
}

QString encode(const QString &s)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(s));
}

Result<DatabaseConfig> parsePostgres(const QString &url, int schemeEnd)
{
    DatabaseConfig c;
    c.driver = DatabaseConfig::Driver::Postgres;
    QString rest = url.mid(schemeEnd + 3);
    QString query;
    if (const int q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }
    const int slash = rest.indexOf(QLatin1Char('/'));
    const QString authority = slash >= 0 ? rest.left(slash) : rest;
    c.name = slash >= 0 ? decode(rest.mid(slash + 1)) : QString();

    QString hostPort = authority;
    if (const int at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = authority.left(at);
        hostPort = authority.mid(at + 1);
        const int colon = userInfo.indexOf(QLatin1Char(':'));
        c.user = decode(colon >= 0 ? userInfo.left(colon) : userInfo);
        if (colon >= 0)
            c.password = decode(userInfo.mid(colon + 1));
    }
    QString portText;
    if (hostPort.startsWith(QLatin1Char('['))) {
        const int close = hostPort.indexOf(QLatin1Char(']'));
        if (close < 0)
            return invalidUrl(QCoreApplication::translate(
                    "pm::Database", "The PostgreSQL URL has an unterminated IPv6 address."));
        c.host = hostPort.mid(1, close - 1);
        const QString after = hostPort.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(QLatin1Char(':')))
                return invalidUrl(QCoreApplication::translate(
                        "pm::Database", "The PostgreSQL URL has garbage after the host."));
            portText = after.mid(1);
        }
    } else {
        const int colon = hostPort.lastIndexOf(QLatin1Char(':'));
        c.host = decode(colon >= 0 ? hostPort.left(colon) : hostPort);
        if (colon >= 0)
            portText = hostPort.mid(colon + 1);
    }

    const QUrlQuery params(query);
    const auto items = params.queryItems(QUrl::FullyDecoded);
    bool afterPassword = false; // "password=a&b": "b" may be the rest of a password
    for (const auto &[key, value] : items) {
        if (key == QLatin1String("host"))
            c.host = value;
        else if (key == QLatin1String("port"))
            portText = value;
        else if (key == QLatin1String("user"))
            c.user = value;
        else if (key == QLatin1String("password")) {
            c.password = value;
            afterPassword = true;
        } else if (key == QLatin1String("dbname"))
            c.name = value;
        else if (key == QLatin1String("connect_timeout")) {
            bool ok = false;
            c.connectTimeoutS = value.toInt(&ok);
            if (!ok || c.connectTimeoutS < 0)
                return invalidUrl(QCoreApplication::translate(
                        "pm::Database", "The PostgreSQL URL has an invalid connect_timeout."));
        } else if (key == QLatin1String("statement_timeout")) {
            bool ok = false;
            c.statementTimeoutMs = value.toInt(&ok);
            if (!ok || c.statementTimeoutMs < 100 || c.statementTimeoutMs > 3'600'000)
                return invalidUrl(QCoreApplication::translate(
                        "pm::Database",
                        "The PostgreSQL URL has an invalid "
                        "statement_timeout (milliseconds, 100–3600000)."));
        } else if (afterPassword) {
            return invalidUrl(QCoreApplication::translate(
                    "pm::Database",
                    "The PostgreSQL URL has an unsupported parameter after "
                    "password= (write & in a password as %26)."));
        } else {
            return invalidUrl(QCoreApplication::translate(
                                      "pm::Database",
                                      "The PostgreSQL URL has an unsupported parameter \"%1\" "
                                      "(supported: host, port, user, password, dbname, "
                                      "connect_timeout, statement_timeout).")
                                      .arg(key));
        }
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        const int port = portText.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            // Not quoted: in "postgresql://u:pa/ss@h/db" the "port" is half the password.
            return invalidUrl(QCoreApplication::translate(
                    "pm::Database", "The PostgreSQL URL has an invalid port (expected 1–65535)."));
        c.port = port;
    }
    if (c.name.isEmpty() || c.name.contains(QLatin1Char('/')))
        return invalidUrl(
                QCoreApplication::translate("pm::Database",
                                            "The PostgreSQL URL needs a database name, as in "
                                            "postgresql://user@host/dbname."));
    return c;
}

} // namespace

Result<DatabaseConfig> DatabaseConfig::fromUrl(const QString &input)
{
    const QString url = input.trimmed();
    if (url.isEmpty())
        return invalidUrl(
                QCoreApplication::translate("pm::Database", "The database location is empty."));

    const int schemeEnd = url.indexOf(QLatin1String("://"));
    if (schemeEnd < 0) {
        if (url.startsWith(QLatin1String("postgres"), Qt::CaseInsensitive)
            || url.startsWith(QLatin1String("sqlite:"), Qt::CaseInsensitive))
            return malformedUrl();
        // A plain file path.
        DatabaseConfig c;
        c.path = QFileInfo(url).absoluteFilePath();
        return c;
    }
    const QString scheme = url.left(schemeEnd).toLower();
    static const QRegularExpression schemeName(QStringLiteral("^[a-z][a-z0-9+.-]*$"));
    if (!schemeName.match(scheme).hasMatch()) // "u:pw@host/x://…": not a scheme to quote
        return malformedUrl();
    if (scheme == QLatin1String("sqlite")) {
        const QString path = decode(url.mid(schemeEnd + 3));
        if (!path.startsWith(QLatin1Char('/')) || path.size() < 2)
            return invalidUrl(QCoreApplication::translate(
                                      "pm::Database",
                                      "The SQLite URL \"%1\" must name an absolute file path, as "
                                      "in sqlite:///home/me/products.db.")
                                      .arg(redactUrl(url)));
        DatabaseConfig c;
        c.path = QDir::cleanPath(path);
        return c;
    }
    if (scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres"))
        return parsePostgres(url, schemeEnd);
    return invalidUrl(
            QCoreApplication::translate("pm::Database",
                                        "Unsupported database URL scheme \"%1\" (use sqlite:// or "
                                        "postgresql://).")
                    .arg(scheme));
}

QString DatabaseConfig::url() const
{
    if (driver == Driver::Sqlite)
        return QStringLiteral("sqlite://") + path;
    QString url = QStringLiteral("postgresql://");
    const bool socketDir = host.startsWith(QLatin1Char('/'));
    if ((!user.isEmpty() || !password.isEmpty()) && !socketDir) {
        url += encode(user);
        if (!password.isEmpty())
            url += QLatin1Char(':') + encode(password);
        url += QLatin1Char('@');
    }
    if (!socketDir) {
        url += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']')
                                               : encode(host);
        if (port != 5432)
            url += QLatin1Char(':') + QString::number(port);
    }
    url += QLatin1Char('/') + encode(name);
    if (socketDir) {
        QStringList params{QStringLiteral("host=") + host};
        if (port != 5432)
            params << QStringLiteral("port=") + QString::number(port);
        if (!user.isEmpty())
            params << QStringLiteral("user=") + encode(user);
        if (!password.isEmpty())
            params << QStringLiteral("password=") + encode(password);
        url += QLatin1Char('?') + params.join(QLatin1Char('&'));
    }
    return url;
}

QString DatabaseConfig::redactedUrl() const
{
    return redactUrl(url());
}

} // namespace pm
