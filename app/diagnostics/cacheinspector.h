#pragma once

#include "cache/cachebackend.h"
#include "core/result.h"
#include "products/product.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace pm {

class Cache;
class ProductRepository;
class ValueCodec;

/// One key of our namespace as the inspector lists it.
struct InspectorKey
{
    QByteArray key; ///< the made key (prefix:version:key)
    QString userKey; ///< the key as the caller wrote it; empty if the key cannot be parsed
    int version = -1; ///< the key's cache version; -1 if it cannot be parsed
    QString type;
    qint64 sizeBytes = -1;
    KeyTtl ttl;
};

/// A page of the inspector's listing. `cursor` is empty once the namespace was walked.
struct InspectorPage
{
    QList<InspectorKey> keys;
    QByteArray cursor;
    int scanned = 0; ///< keys the backend returned, before the glob filter
};

/// What a key holds, decoded for the preview pane.
struct KeyPreview
{
    enum class Kind {
        Missing, ///< gone (expired or removed) since it was listed
        ProductList, ///< a cached product list: `products`, `catalogueId`, `listVersion`
        Text, ///< an integer, a string or any other decodable value as text in `text`
        Hex, ///< undecodable or binary: `bytes` (at most HexLimit) and the `reason`
    };
    static constexpr qsizetype HexLimit = 4096;

    QByteArray key;
    Kind kind = Kind::Missing;
    QString type;
    QString text;
    QList<Product> products;
    qint64 catalogueId = 0;
    qint64 listVersion = 0;
    QByteArray bytes;
    qint64 totalBytes = 0;
    QString reason;
};

/// An action on one key.
enum class KeyAction { Delete, Touch, Expire, Persist, Set };

/// The answer to an action: whether the key was there, and its life afterwards.
struct KeyActionResult
{
    QByteArray key;
    KeyAction action = KeyAction::Delete;
    bool applied = false; ///< false when the key was missing
    KeyTtl ttl; ///< after the action (Missing after a delete)
};

/// The cached list for the current list_version compared with the database's list.
struct ConsistencyReport
{
    qint64 listVersion = 0;
    bool cached = false; ///< a list was cached for that version
    bool foreignValue = false; ///< something else sits under the list key
    bool otherCatalogue = false; ///< a list of another database (never served: a miss)
    int cachedCount = 0;
    int databaseCount = 0;
    QList<qint64> missing; ///< in the database, not in the cached list
    QList<qint64> extra; ///< in the cached list, not in the database
    QList<qint64> changed; ///< in both, with other fields
    bool orderDiffers = false; ///< same rows in another order
    /// The list is cached as a manifest and pages (read and checked as the list service does).
    bool paged = false;
    int pages = 0; ///< pages of a paged list read and verified
    /// A manifest whose pages do not make its list (missing, of another fill, inconsistent):
    /// the next load treats it as a miss. `pagedMissReason` says why (not translated).
    bool pagedIncomplete = false;
    QString pagedMissReason;
    /// list_version moved while the check ran (a concurrent write): nothing can be concluded;
    /// run the check again. `listVersionAfter` is the version at the end.
    bool changedDuringCheck = false;
    qint64 listVersionAfter = 0;
    bool isConsistent() const
    {
        return cached && !changedDuringCheck && missing.isEmpty() && extra.isEmpty()
                && changed.isEmpty() && !orderDiffers;
    }
    /// One readable paragraph (translated), with at most a few ids of each kind.
    QString summary() const;
};

/**
 * The cache inspector of the debug panel (docs/user-guide.md), GUI-free and synchronous: it runs on
 * the worker thread that owns the Cache and the repository, and is cheap to construct per request.
 *
 * It lists only our namespace (the backend's SCAN-paged scan on Redis, never KEYS; the live
 * map on memory), decodes a value for the preview (an undecodable one as a hex dump with the
 * decoder's reason), applies delete / touch / expire / persist through the Cache API (so the
 * calls are recorded like any other), counts and clears the namespace, and checks the cached
 * product list against the database.
 */
class CacheInspector
{
    Q_DECLARE_TR_FUNCTIONS(pm::CacheInspector)
public:
    explicit CacheInspector(Cache &cache, ProductRepository *repository = nullptr);

    /// Registers the metatypes the worker's queued signals carry.
    static void registerMetaTypes();

    /// One page from `cursor` (empty: the start), keys whose user key or made key match `glob`.
    Result<InspectorPage> scan(const QByteArray &cursor, int pageSize,
                               const QString &glob = QStringLiteral("*"));
    /// Every matching key, page after page (the "Load all" button).
    Result<InspectorPage> scanAll(const QString &glob = QStringLiteral("*"), int pageSize = 500);
    Result<KeyPreview> preview(const QByteArray &madeKey);
    /// `seconds` is the new timeout of touch and expire.
    Result<KeyActionResult> apply(KeyAction action, const QByteArray &madeKey, qint64 seconds = 0);
    /// Adds or replaces a value (the inspector's "Add key…" and "Edit value…") through
    /// Cache::set, so the call is recorded like any other. `seconds` <= 0 keeps it forever.
    Result<KeyActionResult> store(const QString &userKey, int version, const QVariant &value,
                                  qint64 seconds);
    /// The dry run of "Clear namespace": how many keys it would remove.
    Result<qint64> countNamespace();
    /// Removes every key of our namespace and nothing else; returns the count.
    Result<qint64> clearNamespace();
    /// Needs the repository (NotFound-free: Unavailable without one).
    Result<ConsistencyReport> checkConsistency();

    /// The key's user key and version, if it was made by the default key function.
    std::optional<InspectorKey> parseKey(const QByteArray &madeKey) const;
    /// `offset  hex bytes  |ascii|`, 16 bytes a line.
    static QString hexDump(const QByteArray &bytes);
    static QString actionName(KeyAction action);

private:
    Result<KeyPreview> previewFromBytes(KeyPreview preview, const QByteArray &raw,
                                        const ValueCodec &codec);
    void describeValue(KeyPreview &preview, const QVariant &value) const;

    Cache &m_cache;
    ProductRepository *m_repository;
};

} // namespace pm

Q_DECLARE_METATYPE(pm::InspectorPage)
Q_DECLARE_METATYPE(pm::KeyPreview)
Q_DECLARE_METATYPE(pm::KeyActionResult)
Q_DECLARE_METATYPE(pm::ConsistencyReport)
Q_DECLARE_METATYPE(pm::KeyAction)
