#include "diagnostics/cacheinspector.h"

#include "cache/cache.h"
#include "cache/cacheconsole.h"
#include "cache/redisbackend.h"
#include "cache/valuecodec.h"
#include "products/pagedlist.h"
#include "products/productlistcodec.h"
#include "products/productrepository.h"
#include "products/productservice.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>

namespace pm {

namespace {

/// The first few ids of a list, for a readable summary.
QString someIds(const QList<qint64> &ids)
{
    constexpr int Shown = 5;
    QStringList parts;
    for (qsizetype i = 0; i < ids.size() && i < Shown; ++i)
        parts.append(QString::number(ids.at(i)));
    if (ids.size() > Shown)
        parts.append(QStringLiteral("…"));
    return parts.join(QStringLiteral(", "));
}

bool isUtf8(const QByteArray &bytes, QString *text)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    *text = decoder(bytes);
    return !decoder.hasError();
}

} // namespace

QString ConsistencyReport::summary() const
{
    if (changedDuringCheck)
        return CacheInspector::tr("The list changed during the check (list version %1 became %2); "
                                  "run the check again.")
                .arg(listVersion)
                .arg(listVersionAfter);
    if (foreignValue)
        return CacheInspector::tr(
                       "The list key of version %1 holds something that is not a product list; the "
                       "next load treats it as a miss.")
                .arg(listVersion);
    if (otherCatalogue)
        return CacheInspector::tr("The list cached for version %1 belongs to another catalogue "
                                  "(another database sharing this cache); it is never served.")
                .arg(listVersion);
    if (pagedIncomplete)
        return CacheInspector::tr("The paged list cached for version %1 is incomplete (a page is "
                                  "missing, of another fill or inconsistent); the next load "
                                  "treats it as a miss.")
                .arg(listVersion);
    if (!cached)
        return CacheInspector::tr(
                       "No list is cached for list version %1; the next load reads the database.")
                .arg(listVersion);
    if (isConsistent())
        return CacheInspector::tr(
                       "Consistent: the cached list of version %1 matches the database (%n "
                       "product(s)).",
                       nullptr, databaseCount)
                .arg(listVersion);
    QStringList parts;
    parts.append(
            CacheInspector::tr(
                    "Inconsistent: the cached list of version %1 has %2 rows, the database %3.")
                    .arg(listVersion)
                    .arg(cachedCount)
                    .arg(databaseCount));
    if (!missing.isEmpty())
        parts.append(CacheInspector::tr("Missing from the cache: %n product(s) (%1).", nullptr,
                                        int(missing.size()))
                             .arg(someIds(missing)));
    if (!extra.isEmpty())
        parts.append(CacheInspector::tr("Extra in the cache: %n product(s) (%1).", nullptr,
                                        int(extra.size()))
                             .arg(someIds(extra)));
    if (!changed.isEmpty())
        parts.append(
                CacheInspector::tr("Changed: %n product(s) (%1).", nullptr, int(changed.size()))
                        .arg(someIds(changed)));
    if (orderDiffers)
        parts.append(CacheInspector::tr("The rows are in another order."));
    return parts.join(QLatin1Char(' '));
}

CacheInspector::CacheInspector(Cache &cache, ProductRepository *repository)
    : m_cache(cache)
    , m_repository(repository)
{ }

void CacheInspector::registerMetaTypes()
{
    qRegisterMetaType<pm::InspectorPage>();
    qRegisterMetaType<pm::KeyPreview>();
    qRegisterMetaType<pm::KeyActionResult>();
    qRegisterMetaType<pm::ConsistencyReport>();
    qRegisterMetaType<pm::KeyAction>();
}

std::optional<InspectorKey> CacheInspector::parseKey(const QByteArray &madeKey) const
{
    const QByteArray ns = m_cache.namespacePrefix();
    if (!isNamespaceKey(ns, madeKey))
        return std::nullopt; // a neighbour's key (`:session:abc`, `pfx:01:k` …)
    const qsizetype colon = madeKey.indexOf(':', ns.size());
    if (colon < 0)
        return std::nullopt;
    bool ok = false;
    const int version = madeKey.mid(ns.size(), colon - ns.size()).toInt(&ok);
    if (!ok)
        return std::nullopt;
    InspectorKey key;
    key.key = madeKey;
    key.version = version;
    key.userKey = QString::fromUtf8(madeKey.mid(colon + 1));
    // A custom key function may not be reversible: only trust what makes the same key again.
    if (m_cache.makeKey(key.userKey, Version(version)) != madeKey)
        return std::nullopt;
    return key;
}

Result<InspectorPage> CacheInspector::scan(const QByteArray &cursor, int pageSize,
                                           const QString &glob)
{
    auto page = m_cache.scan(cursor, pageSize);
    if (!page)
        return page.error();
    InspectorPage out;
    out.cursor = page->cursor;
    out.scanned = int(page->keys.size());
    const bool all = glob.isEmpty() || glob == QLatin1String("*");
    for (const KeyInfo &info : std::as_const(page->keys)) {
        InspectorKey key = parseKey(info.key).value_or(InspectorKey());
        key.key = info.key;
        key.type = info.type;
        key.sizeBytes = info.sizeBytes;
        key.ttl = info.ttl;
        if (!all && !Cache::globMatch(glob, key.userKey)
            && !Cache::globMatch(glob, QString::fromUtf8(info.key)))
            continue;
        out.keys.append(key);
    }
    return out;
}

Result<InspectorPage> CacheInspector::scanAll(const QString &glob, int pageSize)
{
    InspectorPage all;
    QByteArray cursor;
    do {
        auto page = scan(cursor, pageSize, glob);
        if (!page)
            return page.error();
        all.keys.append(page->keys);
        all.scanned += page->scanned;
        cursor = page->cursor;
    } while (!cursor.isEmpty());
    return all;
}

void CacheInspector::describeValue(KeyPreview &preview, const QVariant &value) const
{
    if (value.canConvert<CachedProductList>()
        && value.metaType() == QMetaType::fromType<CachedProductList>()) {
        const auto list = value.value<CachedProductList>();
        preview.kind = KeyPreview::Kind::ProductList;
        preview.products = list.products;
        preview.catalogueId = list.catalogueId;
        preview.listVersion = list.listVersion;
        return;
    }
    if (value.typeId() == QMetaType::QByteArray) {
        // Bytes that are text read as text; anything else is shown as bytes.
        const QByteArray bytes = value.toByteArray();
        QString text;
        if (isUtf8(bytes, &text)) {
            preview.kind = KeyPreview::Kind::Text;
            preview.text = text;
            return;
        }
        preview.kind = KeyPreview::Kind::Hex;
        preview.bytes = bytes.left(KeyPreview::HexLimit);
        preview.totalBytes = bytes.size();
        preview.reason = tr("binary bytes, not UTF-8 text");
        return;
    }
    preview.kind = KeyPreview::Kind::Text;
    if (value.typeId() == QMetaType::QString)
        preview.text = value.toString();
    else
        preview.text = CacheConsole::toJson(value);
}

Result<KeyPreview> CacheInspector::previewFromBytes(KeyPreview preview, const QByteArray &raw,
                                                    const ValueCodec &codec)
{
    preview.totalBytes = raw.size();
    preview.type = ValueCodec::typeName(raw.constData(), raw.size());
    qint64 number = 0;
    if (ValueCodec::parseInteger(raw.constData(), raw.size(), &number)) {
        preview.kind = KeyPreview::Kind::Text;
        preview.text = QString::number(number);
        return preview;
    }
    Result<QVariant> value = codec.decode(raw);
    if (!value) {
        preview.kind = KeyPreview::Kind::Hex;
        preview.bytes = raw.left(KeyPreview::HexLimit);
        preview.reason = value.error().message;
        return preview;
    }
    describeValue(preview, value.value());
    return preview;
}

Result<KeyPreview> CacheInspector::preview(const QByteArray &madeKey)
{
    KeyPreview preview;
    preview.key = madeKey;
    if (auto *redis = dynamic_cast<RedisBackend *>(&m_cache.backend())) {
        // Read the bytes as stored, so an undecodable value can still be shown (the Cache
        // front end would only report a miss).
        auto raw = redis->rawValue(madeKey);
        if (!raw) {
            if (raw.error().kind != ErrorKind::Type && raw.error().kind != ErrorKind::TooLarge)
                return raw.error();
            preview.kind = KeyPreview::Kind::Hex;
            preview.reason = raw.error().message;
            return preview;
        }
        if (!raw.value())
            return preview; // Missing
        return previewFromBytes(preview, *raw.value(), redis->codec());
    }

    const std::optional<InspectorKey> parsed = parseKey(madeKey);
    if (!parsed)
        return Error(ErrorKind::InvalidInput,
                     tr("The key %1 was not made by the default key function.")
                             .arg(QString::fromUtf8(madeKey)));
    auto value = m_cache.get(parsed->userKey, Version(parsed->version));
    if (!value)
        return value.error();
    if (!value.value())
        return preview; // Missing
    // The memory backend keeps values as they are: name their type as the scan does.
    describeValue(preview, *value.value());
    preview.type = preview.kind == KeyPreview::Kind::ProductList
            ? QString::fromLatin1(ProductListCodec::TypeName)
            : ValueCodec().typeNameOf(*value.value());
    return preview;
}

Result<KeyActionResult> CacheInspector::apply(KeyAction action, const QByteArray &madeKey,
                                              qint64 seconds)
{
    const std::optional<InspectorKey> parsed = parseKey(madeKey);
    if (!parsed)
        return Error(ErrorKind::InvalidInput,
                     tr("The key %1 was not made by the default key function.")
                             .arg(QString::fromUtf8(madeKey)));
    const Version version(parsed->version);
    KeyActionResult out;
    out.key = madeKey;
    out.action = action;
    Result<bool> applied = false;
    switch (action) {
    case KeyAction::Delete:
        applied = m_cache.remove(parsed->userKey, version);
        break;
    case KeyAction::Touch:
        applied = m_cache.touch(parsed->userKey, Timeout::seconds(double(seconds)), version);
        break;
    case KeyAction::Expire:
        applied = m_cache.expire(parsed->userKey, Timeout::seconds(double(seconds)), version);
        break;
    case KeyAction::Persist:
        applied = m_cache.persist(parsed->userKey, version);
        break;
    case KeyAction::Set:
        return Error(ErrorKind::InvalidInput, tr("Setting a value needs the value: use store()."));
    }
    if (!applied)
        return applied.error();
    out.applied = applied.value();
    if (action != KeyAction::Delete) {
        auto ttl = m_cache.ttl(parsed->userKey, version);
        if (!ttl)
            return ttl.error();
        out.ttl = ttl.value();
    }
    return out;
}

Result<KeyActionResult> CacheInspector::store(const QString &userKey, int version,
                                              const QVariant &value, qint64 seconds)
{
    const Version v(version);
    const Timeout timeout = seconds > 0 ? Timeout::seconds(double(seconds)) : Timeout::never();
    if (auto stored = m_cache.set(userKey, value, timeout, v); !stored)
        return stored.error();
    KeyActionResult out;
    out.key = m_cache.makeKey(userKey, v);
    out.action = KeyAction::Set;
    out.applied = true;
    auto ttl = m_cache.ttl(userKey, v);
    if (!ttl)
        return ttl.error();
    out.ttl = ttl.value();
    return out;
}

Result<qint64> CacheInspector::countNamespace()
{
    // Counted the way clear() walks: page by page, never KEYS.
    qint64 count = 0;
    QByteArray cursor;
    do {
        auto page = m_cache.scan(cursor, 1000);
        if (!page)
            return page.error();
        count += page->keys.size();
        cursor = page->cursor;
    } while (!cursor.isEmpty());
    return count;
}

Result<qint64> CacheInspector::clearNamespace()
{
    return m_cache.clear();
}

Result<ConsistencyReport> CacheInspector::checkConsistency()
{
    if (!m_repository)
        return Error(ErrorKind::Unavailable, tr("The database is not open."));
    ConsistencyReport report;
    auto version = m_repository->listVersion();
    if (!version)
        return version.error();
    report.listVersion = version.value();
    report.listVersionAfter = report.listVersion;
    auto rows = m_repository->list();
    if (!rows)
        return rows.error();
    report.databaseCount = int(rows->size());
    auto catalogue = m_repository->catalogueId();
    if (!catalogue)
        return catalogue.error();

    // The cached list of this version, read as the list service reads it.
    ProductList cachedRows;
    auto cached = m_cache.get(ProductService::ListKey, Version(int(report.listVersion)));
    if (!cached)
        return cached.error();
    bool haveList = false;
    if (cached.value() && cached.value()->metaType() == QMetaType::fromType<CachedProductList>()) {
        const auto list = cached.value()->value<CachedProductList>();
        report.otherCatalogue = list.catalogueId != catalogue.value();
        cachedRows = list.products;
        haveList = !report.otherCatalogue;
    } else if (cached.value()
               && cached.value()->metaType() == QMetaType::fromType<CachedProductListManifest>()) {
        const auto manifest = cached.value()->value<CachedProductListManifest>();
        report.paged = true;
        report.otherCatalogue = manifest.catalogueId != catalogue.value();
        if (!report.otherCatalogue) {
            PagedListRead read = readPagedList(m_cache, manifest);
            if (read.cacheError)
                return *read.cacheError;
            report.pages = read.verifiedPages;
            if (read.products) {
                cachedRows = std::move(*read.products);
                haveList = true;
            } else {
                report.pagedIncomplete = true;
                report.pagedMissReason = read.missReason;
            }
        }
    } else if (cached.value()) {
        report.foreignValue = true;
    }

    // A write committed during the check makes the database rows and the cached list two
    // different moments: say so instead of calling them inconsistent. (Every write bumps
    // list_version in its own transaction, and a fill of this version read its rows after
    // this version was current, so an unchanged version proves both are of this version.)
    auto after = m_repository->listVersion();
    if (!after)
        return after.error();
    report.listVersionAfter = after.value();
    if (report.listVersionAfter != report.listVersion) {
        report.changedDuringCheck = true;
        return report;
    }
    if (!haveList)
        return report;
    const CachedProductList list{catalogue.value(), report.listVersion, cachedRows};
    report.cached = true;
    report.cachedCount = int(list.products.size());

    QHash<qint64, qsizetype> inCache;
    inCache.reserve(list.products.size());
    for (qsizetype i = 0; i < list.products.size(); ++i)
        inCache.insert(list.products.at(i).id, i);
    QHash<qint64, qsizetype> inDb;
    inDb.reserve(rows->size());
    for (qsizetype i = 0; i < rows->size(); ++i) {
        const Product &p = rows->at(i);
        inDb.insert(p.id, i);
        const auto it = inCache.constFind(p.id);
        if (it == inCache.cend())
            report.missing.append(p.id);
        else if (list.products.at(*it) != p)
            report.changed.append(p.id);
        else if (*it != i)
            report.orderDiffers = true;
    }
    for (const Product &p : list.products) {
        if (!inDb.contains(p.id))
            report.extra.append(p.id);
    }
    // A missing or extra row shifts every index after it; only report order on its own.
    if (!report.missing.isEmpty() || !report.extra.isEmpty())
        report.orderDiffers = false;
    return report;
}

QString CacheInspector::hexDump(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size() * 4 + bytes.size() / 16 * 12);
    for (qsizetype line = 0; line < bytes.size(); line += 16) {
        out += QStringLiteral("%1  ").arg(line, 8, 16, QLatin1Char('0'));
        QString ascii;
        for (qsizetype i = line; i < line + 16; ++i) {
            if (i < bytes.size()) {
                const auto b = quint8(bytes.at(i));
                out += QStringLiteral("%1 ").arg(b, 2, 16, QLatin1Char('0'));
                ascii += (b >= 0x20 && b < 0x7f) ? QChar(b) : QLatin1Char('.');
            } else {
                out += QStringLiteral("   ");
            }
            if (i == line + 7)
                out += QLatin1Char(' ');
        }
        out += QStringLiteral(" |%1|\n").arg(ascii);
    }
    return out;
}

QString CacheInspector::actionName(KeyAction action)
{
    switch (action) {
    case KeyAction::Delete:
        return QStringLiteral("delete");
    case KeyAction::Touch:
        return QStringLiteral("touch");
    case KeyAction::Expire:
        return QStringLiteral("expire");
    case KeyAction::Persist:
        return QStringLiteral("persist");
    case KeyAction::Set:
        return QStringLiteral("set");
    }
    return {};
}

} // namespace pm
