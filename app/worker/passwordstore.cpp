#include "worker/passwordstore.h"

#include "core/logging.h"
#include "core/urlredaction.h"

#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <qt6keychain/keychain.h>

namespace pm {

namespace {

bool isUnixSocketUrl(const QUrl &url)
{
    return url.scheme().compare(QLatin1String("unix"), Qt::CaseInsensitive) == 0;
}

PasswordStore::Outcome outcomeOf(const QKeychain::Job &job)
{
    PasswordStore::Outcome out;
    out.message = job.errorString();
    switch (job.error()) {
    case QKeychain::NoError:
        out.status = PasswordStore::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        out.status = PasswordStore::Status::NotFound;
        break;
    // No service on the bus, no bus at all, or a locked keychain the user will not open:
    // all mean "keep the password for this session".
    case QKeychain::NoBackendAvailable:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        out.status = PasswordStore::Status::NoKeychain;
        break;
    case QKeychain::CouldNotDeleteEntry:
        out.status = PasswordStore::Status::Failed;
        break;
    }
    return out;
}

void run(QKeychain::Job *job, const QString &url, QObject *context, PasswordStore::Done done)
{
    job->setAutoDelete(true); // the job outlives a closed dialog and deletes itself
    job->setInsecureFallback(false); // never a plain-text copy on disk
    job->setKey(PasswordStore::key(url));
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [guard, done = std::move(done)](QKeychain::Job *finished) {
                         PasswordStore::Outcome out = outcomeOf(*finished);
                         if (out.status == PasswordStore::Status::Ok)
                             if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                                 out.password = read->textData();
                         if (out.status != PasswordStore::Status::Ok
                             && out.status != PasswordStore::Status::NotFound)
                             qCInfo(lcUi) << "keychain:" << out.message;
                         if (guard)
                             done(out);
                     });
    job->start();
}

} // namespace

QString PasswordStore::serviceName()
{
    return QStringLiteral("Product Manager");
}

QString PasswordStore::key(const QString &url)
{
    return withoutUrlPassword(url.trimmed());
}

void PasswordStore::read(const QString &url, QObject *context, Done done)
{
    run(new QKeychain::ReadPasswordJob(serviceName()), url, context, std::move(done));
}

void PasswordStore::write(const QString &url, const QString &password, QObject *context, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setTextData(password);
    run(job, url, context, std::move(done));
}

void PasswordStore::remove(const QString &url, QObject *context, Done done)
{
    run(new QKeychain::DeletePasswordJob(serviceName()), url, context, std::move(done));
}

void PasswordStore::fillPassword(const QString &url, QObject *context,
                                 std::function<void(const QString &)> done)
{
    if (url.trimmed().isEmpty() || !urlPassword(url).isEmpty()) {
        done(url);
        return;
    }
    read(url, context, [url, done = std::move(done)](const Outcome &out) {
        done(out.status == Status::Ok && !out.password.isEmpty()
                     ? withUrlPassword(url, out.password)
                     : url);
    });
}

QString urlPassword(const QString &url)
{
    const QUrl parsed(url.trimmed());
    if (!parsed.password().isEmpty())
        return parsed.password(QUrl::FullyDecoded);
    return QUrlQuery(parsed).queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded);
}

QString withUrlPassword(const QString &url, const QString &password)
{
    QUrl parsed(url.trimmed());
    if (!parsed.isValid() || parsed.scheme().isEmpty())
        return url; // a plain SQLite path has no password
    if (isUnixSocketUrl(parsed)) {
        // unix:///path has no authority to hold user info: the query item carries it.
        QUrlQuery query(parsed);
        query.removeAllQueryItems(QStringLiteral("password"));
        query.addQueryItem(QStringLiteral("password"),
                           QString::fromUtf8(QUrl::toPercentEncoding(password)));
        parsed.setQuery(query);
    } else {
        parsed.setPassword(password, QUrl::DecodedMode);
    }
    return parsed.toString();
}

} // namespace pm
