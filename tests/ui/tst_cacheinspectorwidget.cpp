// The Inspector and Console tabs of the debug panel (docs/user-guide.md), driven through their
// widgets against a real ProductWorker thread, on the memory cache and on a real redis-server.
#include "core/clock.h"
#include "core/urlredaction.h"
#include "debug/cacheconsolewidget.h"
#include "debug/cacheinspectorwidget.h"
#include "debug/debugpanel.h"
#include "debug/inspectorkeymodel.h"
#include "debug/invalidationlogmodel.h"
#include "diagnostics/calllog.h"
#include "diagnostics/sqllog.h"
#include "redisserver.h"
#include "widgets/dialogs.h"
#include "worker/productworker.h"

#include <QAbstractItemModelTester>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QBrush>
#include <QCheckBox>
#include <QCompleter>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTreeView>

#include <functional>

using namespace pm;
using namespace pm::test;

namespace {

class TestDialogs final : public Dialogs
{
public:
    bool answer = true;
    QStringList asked;
    bool confirm(QWidget *, const QString &, const QString &text, const QString &) override
    {
        asked.append(text);
        return answer;
    }
    QString openFileName(QWidget *, const QString &, const QString &) override { return {}; }
    std::optional<int> integer(QWidget *, const QString &, const QString &, int, int, int) override
    {
        return std::nullopt;
    }
    void report(QWidget *, const QString &, const QString &, const QString &) override { }
    void about(QWidget *, const QString &, const QString &) override { }
    /// Answers "Add key…" / "Edit value…"; remembers what the dialog started with.
    std::function<std::optional<CacheValueInput>(const CacheValueInput &)> onValue;
    CacheValueInput lastInitial;
    std::optional<CacheValueInput> cacheValue(QWidget *, const QString &,
                                              const CacheValueInput &initial, bool) override
    {
        lastInitial = initial;
        return onValue ? onValue(initial) : std::nullopt;
    }
};

bool arrived(const QSignalSpy &spy, int count = 1)
{
    return QTest::qWaitFor([&spy, count] { return spy.size() >= count; }, 30'000);
}

constexpr int RedisDb = 4;

} // namespace

class TestCacheInspectorWidget : public QObject
{
    Q_OBJECT

    std::unique_ptr<RedisServer> m_redis;
    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock{1'700'000'000'000};
    QThread *m_thread = nullptr;
    ProductWorker *m_worker = nullptr;
    std::unique_ptr<CallLog> m_calls;
    std::unique_ptr<SqlLog> m_sql;
    std::unique_ptr<DebugPanel> m_panel;
    TestDialogs m_dialogs;
    CacheInspectorWidget *m_inspector = nullptr;
    CacheConsoleWidget *m_console = nullptr;

    bool isRedis() const
    {
        QFETCH_GLOBAL(QString, backend);
        return backend == QLatin1String("redis");
    }

    DatabaseConfig config() const
    {
        DatabaseConfig c;
        c.path = m_dir->filePath(QStringLiteral("products.db"));
        return c;
    }

    template<typename T>
    T *child(const char *name) const
    {
        return m_panel->findChild<T *>(QString::fromLatin1(name));
    }

    template<typename F>
    void invoke(F call)
    {
        QMetaObject::invokeMethod(m_worker, std::move(call), Qt::QueuedConnection);
    }

    bool loadList()
    {
        QSignalSpy loaded(m_worker, &ProductWorker::listLoaded);
        auto *w = m_worker;
        invoke([w] { w->loadList(7); });
        return arrived(loaded);
    }

    /// Runs console lines and waits for their answers; returns the last answer.
    QString console(const QStringList &lines)
    {
        QSignalSpy answers(m_worker, &ProductWorker::consoleAnswered);
        for (const QString &line : lines)
            m_console->execute(line);
        if (!arrived(answers, int(lines.size())))
            return QStringLiteral("(no answer)");
        return answers.last().at(1).toString();
    }

    bool idle() const
    {
        return QTest::qWaitFor([this] { return !m_inspector->isBusy(); }, 30'000);
    }

    int rowOf(const QByteArray &madeKey) const
    {
        const InspectorKeyModel *model = m_inspector->keyModel();
        return model->rowOfKey(madeKey);
    }

    QString ttlText(const QByteArray &madeKey) const
    {
        const int row = rowOf(madeKey);
        if (row < 0)
            return QStringLiteral("(missing)");
        return m_inspector->keyModel()->index(row, InspectorKeyModel::TtlColumn).data().toString();
    }

    /// The index of a made key in the view the user sees (table or tree).
    QModelIndex viewIndex(const QByteArray &madeKey) const
    {
        QAbstractItemModel *model = m_inspector->keyView()->model();
        const QModelIndexList found
                = model->match(model->index(0, 0), InspectorKeyModel::MadeKeyRole, madeKey, 1,
                               Qt::MatchExactly | Qt::MatchRecursive);
        return found.isEmpty() ? QModelIndex() : found.first();
    }

    /// Clicks a key with the mouse, as a user does; does not wait for the preview.
    bool clickKey(const QByteArray &madeKey)
    {
        QAbstractItemView *view = m_inspector->keyView();
        const QModelIndex index = viewIndex(madeKey);
        if (!index.isValid())
            return false;
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        return true;
    }

    /// Selects a key with a mouse click and waits for its preview.
    bool select(const QByteArray &madeKey)
    {
        if (!clickKey(madeKey))
            return false;
        return idle() && m_inspector->previewedKey() == madeKey;
    }

    void click(const char *button)
    {
        auto *b = child<QPushButton>(button);
        QVERIFY2(b, button);
        QVERIFY2(b->isEnabled(), button);
        QTest::mouseClick(b, Qt::LeftButton);
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("memory") << QStringLiteral("memory");
        QTest::newRow("redis") << QStringLiteral("redis");
    }

    void initTestCase()
    {
        m_redis = std::make_unique<RedisServer>();
        QVERIFY2(m_redis->start(), "redis-server did not start");
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        if (isRedis())
            QCOMPARE(m_redis->command(QStringList{QStringLiteral("FLUSHDB")}, RedisDb), "OK");
        m_dialogs = TestDialogs();
        m_thread = new QThread(this);
        m_worker = new ProductWorker(m_clock);
        m_worker->moveToThread(m_thread);
        connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        m_thread->start();

        m_calls = std::make_unique<CallLog>();
        m_sql = std::make_unique<SqlLog>(m_clock);
        m_panel = std::make_unique<DebugPanel>(m_calls.get(), m_sql.get());
        m_panel->attachWorker(m_worker, m_dialogs);
        m_inspector = child<CacheInspectorWidget>("inspectorTab");
        m_console = child<CacheConsoleWidget>("consoleTab");
        QVERIFY(m_inspector);
        QVERIFY(m_console);

        QSignalSpy opened(m_worker, &ProductWorker::opened);
        const DatabaseConfig c = config();
        const QString url = isRedis() ? m_redis->unixUrl(RedisDb) : QStringLiteral("memory://");
        CacheOptions options;
        options.keyPrefix = QByteArrayLiteral("pmgui");
        auto *w = m_worker;
        invoke([w, c, url, options] { w->open(1, c, 5, url, options); });
        QVERIFY(arrived(opened));

        m_panel->resize(1200, 500);
        m_panel->show();
        auto *tabs = child<QTabWidget>("debugTabs");
        tabs->setCurrentWidget(m_inspector);
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        QVERIFY(idle());
    }

    void cleanup()
    {
        m_panel.reset();
        m_thread->quit();
        QVERIFY(m_thread->wait(10'000));
        delete m_thread;
        m_thread = nullptr;
        m_worker = nullptr;
        m_calls.reset();
        m_sql.reset();
        m_dir.reset();
    }

    void tabs_areAddedToThePanel()
    {
        auto *tabs = child<QTabWidget>("debugTabs");
        QVERIFY(tabs->indexOf(m_inspector) >= 0);
        QVERIFY(tabs->indexOf(m_console) >= 0);
        QCOMPARE(tabs->tabText(tabs->indexOf(m_inspector)), QStringLiteral("Inspector"));
        QCOMPARE(tabs->tabText(tabs->indexOf(m_console)), QStringLiteral("Console"));
    }

    void everyControl_hasAnAccessibleNameAndDescription()
    {
        auto *tabs = child<QTabWidget>("debugTabs");
        auto *sub = child<QTabWidget>("inspectorSubTabs");
        QStringList problems;
        int checked = 0;
        auto check = [&](QWidget *root) {
            for (QWidget *w : root->findChildren<QWidget *>()) {
                if (!w->isVisible() || w->objectName().startsWith(QLatin1String("qt_"))
                    || qobject_cast<QScrollBar *>(w) || qobject_cast<QHeaderView *>(w)
                    || qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
                    continue;
                if (!qobject_cast<QAbstractButton *>(w) && !qobject_cast<QLineEdit *>(w)
                    && !qobject_cast<QAbstractSpinBox *>(w) && !qobject_cast<QAbstractItemView *>(w)
                    && !qobject_cast<QTabBar *>(w) && !qobject_cast<QPlainTextEdit *>(w))
                    continue;
                ++checked;
                QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
                const QString where = QString::fromLatin1(w->metaObject()->className())
                        + QLatin1Char(' ') + w->objectName();
                if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
                    problems << where + QStringLiteral(" has no accessible name");
                if (!iface || iface->text(QAccessible::Description).trimmed().isEmpty())
                    problems << where + QStringLiteral(" has no accessible description");
            }
        };
        for (int page = 0; page < sub->count(); ++page) {
            sub->setCurrentIndex(page);
            check(m_inspector);
        }
        tabs->setCurrentWidget(m_console);
        check(m_console);
        QVERIFY2(checked > 15, qPrintable(QString::number(checked)));
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void keys_morethanAPage_loadMoreThenLoadAll()
    {
        QStringList pairs;
        for (int i = 0; i < 120; ++i)
            pairs.append(QStringLiteral("k%1=%1").arg(i));
        QCOMPARE(console({QStringLiteral("set_many ") + pairs.join(QLatin1Char(' '))}),
                 QStringLiteral("[]"));
        m_inspector->setPageSize(40);
        click("inspectorRefreshButton");
        QVERIFY(idle());
        const int firstPage = m_inspector->keyModel()->rowCount();
        QVERIFY2(firstPage > 0 && firstPage < 120, qPrintable(QString::number(firstPage)));
        QVERIFY(m_inspector->hasMore());
        click("inspectorLoadMoreButton");
        QVERIFY(idle());
        QVERIFY(m_inspector->keyModel()->rowCount() > firstPage);

        click("inspectorLoadAllButton");
        QVERIFY(idle());
        QCOMPARE(m_inspector->keyModel()->rowCount(), 120);
        QVERIFY(!m_inspector->hasMore());
        QVERIFY(!child<QPushButton>("inspectorLoadMoreButton")->isEnabled());
        QVERIFY(child<QLabel>("inspectorStatus")->text().startsWith(QStringLiteral("120 key")));
        const int row = rowOf("pmgui:1:k42");
        QVERIFY(row >= 0);
        auto *model = m_inspector->keyModel();
        QCOMPARE(model->index(row, InspectorKeyModel::TypeColumn).data().toString(),
                 QStringLiteral("int"));
        QCOMPARE(model->index(row, InspectorKeyModel::VersionColumn).data().toString(),
                 QStringLiteral("1"));
        QVERIFY(model->index(row, InspectorKeyModel::SizeColumn)
                        .data(InspectorKeyModel::SortRole)
                        .toLongLong()
                > 0);

        // Sortable: by key, descending, through the proxy.
        auto *table = child<QTableView>("inspectorKeyTable");
        table->sortByColumn(InspectorKeyModel::KeyColumn, Qt::DescendingOrder);
        QCOMPARE(table->model()->index(0, 0).data(InspectorKeyModel::MadeKeyRole).toByteArray(),
                 QByteArray("pmgui:1:k99"));
        // Shown isolated left to right, so that a right-to-left layout keeps "pmgui:1:k99".
        QCOMPARE(table->model()->index(0, 0).data().toString(),
                 QChar(0x2066) + QStringLiteral("pmgui:1:k99") + QChar(0x2069));
    }

    void keys_globFilter_listsOnlyMatchingKeys()
    {
        QStringList pairs;
        for (int i = 0; i < 30; ++i)
            pairs.append(QStringLiteral("k%1=%1").arg(i));
        console({QStringLiteral("set_many ") + pairs.join(QLatin1Char(' ')),
                 QStringLiteral("set other 1")});
        auto *filter = child<QLineEdit>("inspectorFilter");
        filter->setFocus();
        QTest::keyClicks(filter, QStringLiteral("k1?"));
        QTest::keyClick(filter, Qt::Key_Return);
        QVERIFY(idle());
        QCOMPARE(m_inspector->keyModel()->rowCount(), 10); // k10 … k19
        QVERIFY(rowOf("pmgui:1:k15") >= 0);
        QCOMPARE(rowOf("pmgui:1:other"), -1);
    }

    void preview_productListIntAndCorruptValue()
    {
        QVERIFY(loadList());
        QCOMPARE(console({QStringLiteral("set n 42")}), QStringLiteral("ok"));
        const QByteArray corruptKey("pmgui:1:bad");
        const QByteArray corrupt("\xFEPMv\x01\x06\x00\x00\x05\x00\x00\x00\xde\xad\xbe\xefhello",
                                 21);
        if (isRedis())
            QCOMPARE(m_redis->command(QList<QByteArray>{"SET", corruptKey, corrupt}, RedisDb),
                     "OK");
        click("inspectorRefreshButton");
        QVERIFY(idle());

        // The list: the seeded database (5 rows, one write: list version 2).
        QByteArray listKey;
        for (int row = 0; row < m_inspector->keyModel()->rowCount(); ++row) {
            if (m_inspector->keyModel()->keyAt(row).userKey == QLatin1String("product_objects"))
                listKey = m_inspector->keyModel()->keyAt(row).key;
        }
        QVERIFY(!listKey.isEmpty());
        QVERIFY(select(listKey));
        auto *stack = child<QStackedWidget>("inspectorPreviewStack");
        auto *preview = child<QTableView>("inspectorPreviewTable");
        QCOMPARE(stack->currentWidget(), preview);
        QCOMPARE(preview->model()->rowCount(), 5);
        QCOMPARE(preview->model()->columnCount(), 5);
        QCOMPARE(preview->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Id"));
        const QString header = child<QLabel>("inspectorPreviewHeader")->text();
        QVERIFY2(header.contains(QStringLiteral("list version")), qPrintable(header));

        QVERIFY(select("pmgui:1:n"));
        auto *text = child<QPlainTextEdit>("inspectorPreviewText");
        QCOMPARE(stack->currentWidget(), text);
        QCOMPARE(text->toPlainText(), QStringLiteral("42"));

        if (isRedis()) {
            QVERIFY(select(corruptKey));
            QCOMPARE(stack->currentWidget(), text);
            QVERIFY(text->toPlainText().startsWith(QStringLiteral("00000000  fe 50 4d 76")));
            const QString reason = child<QLabel>("inspectorPreviewHeader")->text();
            QVERIFY2(reason.contains(QStringLiteral("cannot be decoded")), qPrintable(reason));
            QVERIFY2(reason.contains(QStringLiteral("checksum"), Qt::CaseInsensitive),
                     qPrintable(reason));
        }
    }

    void mouseClick_showsThatKeysValueAndEnablesItsActions()
    {
        QCOMPARE(console({QStringLiteral("set my_key hello"), QStringLiteral("set other 42")}),
                 QStringLiteral("ok"));
        click("inspectorRefreshButton");
        QVERIFY(idle());
        auto *header = child<QLabel>("inspectorPreviewHeader");
        auto *text = child<QPlainTextEdit>("inspectorPreviewText");
        const char *buttons[] = {"inspectorDeleteButton", "inspectorTouchButton",
                                 "inspectorExpireButton", "inspectorPersistButton"};
        for (const char *b : buttons)
            QVERIFY(!child<QPushButton>(b)->isEnabled());

        QVERIFY(clickKey("pmgui:1:my_key"));
        QTRY_COMPARE(m_inspector->previewedKey(), QByteArray("pmgui:1:my_key"));
        QVERIFY2(header->text().contains(QStringLiteral("my_key")), qPrintable(header->text()));
        QCOMPARE(text->toPlainText(), QStringLiteral("hello"));
        for (const char *b : buttons)
            QVERIFY2(child<QPushButton>(b)->isEnabled(), b);

        // Another click: the preview follows; so does the keyboard.
        QVERIFY(clickKey("pmgui:1:other"));
        QTRY_COMPARE(m_inspector->previewedKey(), QByteArray("pmgui:1:other"));
        QCOMPARE(text->toPlainText(), QStringLiteral("42"));
        QTest::keyClick(m_inspector->keyView(), Qt::Key_Up);
        QTRY_COMPARE(m_inspector->previewedKey(), QByteArray("pmgui:1:my_key"));
        QCOMPARE(text->toPlainText(), QStringLiteral("hello"));

        // Clicks faster than the answers: only the last key's preview is shown, and the
        // buttons act on it.
        QVERIFY(clickKey("pmgui:1:other"));
        QVERIFY(clickKey("pmgui:1:my_key"));
        QVERIFY(clickKey("pmgui:1:other"));
        QVERIFY(idle());
        QCOMPARE(m_inspector->previewedKey(), QByteArray("pmgui:1:other"));
        QCOMPARE(text->toPlainText(), QStringLiteral("42"));
        QVERIFY(header->text().contains(QStringLiteral("other")));
        click("inspectorDeleteButton");
        QVERIFY(idle());
        QCOMPARE(console({QStringLiteral("has_key other")}), QStringLiteral("false"));
        QCOMPARE(console({QStringLiteral("has_key my_key")}), QStringLiteral("true"));
        // The deleted key's preview goes with it: the view moves to a neighbour, and the
        // preview and the buttons follow that one.
        QTRY_COMPARE(m_inspector->previewedKey(), QByteArray("pmgui:1:my_key"));
        QVERIFY(!header->text().contains(QStringLiteral("other")));
        QCOMPARE(text->toPlainText(), QStringLiteral("hello"));
        for (const char *b : buttons)
            QVERIFY(child<QPushButton>(b)->isEnabled());
    }

    void ttl_countsDownAndMarksExpiredKeys()
    {
        qint64 now = 1'000'000;
        m_inspector->keyModel()->setNowFunction([&now] { return now; });
        QCOMPARE(console({QStringLiteral("set brief 1 timeout=42")}), QStringLiteral("ok"));
        click("inspectorRefreshButton");
        QVERIFY(idle());
        const QByteArray key("pmgui:1:brief");
        QCOMPARE(ttlText(key), QStringLiteral("42 s"));
        now += 10'000;
        QTRY_COMPARE(ttlText(key), QStringLiteral("32 s")); // the widget's timer, no re-query
        const int row = rowOf(key);
        QVERIFY(!m_inspector->keyModel()
                         ->index(row, 0)
                         .data(InspectorKeyModel::ExpiredRole)
                         .toBool());
        now += 40'000;
        QTRY_COMPARE(ttlText(key), QStringLiteral("expired"));
        const QModelIndex ttl = m_inspector->keyModel()->index(row, InspectorKeyModel::TtlColumn);
        QVERIFY(ttl.data(InspectorKeyModel::ExpiredRole).toBool());
        QVERIFY(ttl.data(Qt::ForegroundRole).isValid()); // greyed
        m_inspector->keyModel()->setNowFunction({});
    }

    void size_ofAProductList_isItsRealSize()
    {
        QVERIFY(loadList());
        click("inspectorRefreshButton");
        QVERIFY(idle());
        const InspectorKeyModel *model = m_inspector->keyModel();
        qint64 size = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->keyAt(row).userKey == QLatin1String("product_objects"))
                size = model->keyAt(row).sizeBytes;
        }
        // Five products with titles and prices: hundreds of bytes, not 8 (a QVariant's guess).
        QVERIFY2(size > 200, qPrintable(QString::number(size)));

        // The tutorial's "get product_objects" in the panel's console says where the list is.
        const QString answer = console({QStringLiteral("get product_objects")});
        QVERIFY2(answer.startsWith(QStringLiteral("null\n# product_objects exists at version ")),
                 qPrintable(answer));
    }

    void addAndEditValue_throughTheDialog()
    {
        auto *add = child<QPushButton>("inspectorAddButton");
        auto *edit = child<QPushButton>("inspectorEditButton");
        QVERIFY(add && edit);
        QVERIFY(add->isEnabled());
        QVERIFY(!edit->isEnabled());
        m_dialogs.onValue = [](const CacheValueInput &) {
            CacheValueInput in;
            in.key = QStringLiteral("greeting");
            in.version = 1;
            in.value = QStringLiteral("hello world");
            in.seconds = 60;
            return std::optional<CacheValueInput>(in);
        };
        click("inspectorAddButton");
        QVERIFY(idle());
        const QByteArray key("pmgui:1:greeting");
        QVERIFY(rowOf(key) >= 0);
        QTRY_COMPARE(m_inspector->previewedKey(), key); // selected and shown
        QCOMPARE(child<QPlainTextEdit>("inspectorPreviewText")->toPlainText(),
                 QStringLiteral("hello world"));
        QCOMPARE(console({QStringLiteral("get greeting")}), QStringLiteral("\"hello world\""));
        QCOMPARE(console({QStringLiteral("ttl greeting")}), QStringLiteral("60"));

        // Edit: JSON becomes that value; 0 s is forever.
        QTRY_VERIFY(edit->isEnabled());
        m_dialogs.onValue = [](const CacheValueInput &initial) {
            CacheValueInput in = initial;
            in.value = QStringLiteral("{\"a\": [1, 2]}");
            in.seconds = 0;
            return std::optional<CacheValueInput>(in);
        };
        click("inspectorEditButton");
        QVERIFY(idle());
        QCOMPARE(m_dialogs.lastInitial.key, QStringLiteral("greeting"));
        QCOMPARE(m_dialogs.lastInitial.value, QStringLiteral("hello world"));
        QVERIFY(m_dialogs.lastInitial.seconds > 0 && m_dialogs.lastInitial.seconds <= 60);
        QCOMPARE(console({QStringLiteral("get greeting")}), QStringLiteral("{\"a\":[1,2]}"));
        QCOMPARE(console({QStringLiteral("ttl greeting")}), QStringLiteral("null"));

        // A string that reads as a number stays a string when stored back unchanged.
        QCOMPARE(console({QStringLiteral("set code \"42\"")}), QStringLiteral("ok"));
        click("inspectorRefreshButton");
        QVERIFY(idle());
        QVERIFY(select("pmgui:1:code"));
        QTRY_VERIFY(edit->isEnabled());
        m_dialogs.onValue = [](const CacheValueInput &initial) {
            return std::optional<CacheValueInput>(initial);
        };
        click("inspectorEditButton");
        QVERIFY(idle());
        QCOMPARE(m_dialogs.lastInitial.value, QStringLiteral("\"42\""));
        QCOMPARE(console({QStringLiteral("get code")}), QStringLiteral("\"42\""));
    }

    void groupByVersion_treeOfPrefixVersionKeys()
    {
        QCOMPARE(console({QStringLiteral("set a 1"), QStringLiteral("set b 2 version=2")}),
                 QStringLiteral("ok"));
        click("inspectorRefreshButton");
        QVERIFY(idle());
        auto *group = child<QCheckBox>("inspectorGroupCheck");
        QVERIFY(group);
        group->setFocus();
        QTest::keyClick(group, Qt::Key_Space);
        QVERIFY(m_inspector->isGrouped());
        auto *tree = child<QTreeView>("inspectorKeyTree");
        QCOMPARE(m_inspector->keyView(), tree);
        QTRY_VERIFY(tree->isVisible());
        QAbstractItemModel *model = tree->model();
        QCOMPARE(model->rowCount(), 1);
        const QModelIndex prefix = model->index(0, 0);
        QVERIFY2(prefix.data().toString().contains(QStringLiteral("pmgui")),
                 qPrintable(prefix.data().toString()));
        QCOMPARE(model->rowCount(prefix), 2);
        QCOMPARE(model->index(0, 0, prefix).data().toString(), QStringLiteral("version 1"));
        QCOMPARE(model->index(1, 0, prefix).data().toString(), QStringLiteral("version 2"));
        const QModelIndex v2 = model->index(1, 0, prefix);
        QCOMPARE(model->rowCount(v2), 1);
        QCOMPARE(model->index(0, 0, v2).data().toString(),
                 QChar(0x2066) + QStringLiteral("b") + QChar(0x2069));

        QVERIFY(select("pmgui:2:b"));
        QCOMPARE(child<QPlainTextEdit>("inspectorPreviewText")->toPlainText(), QStringLiteral("2"));
        QVERIFY(child<QPushButton>("inspectorDeleteButton")->isEnabled());
        // Up to the "version 2" group: no key, no actions, no preview.
        QTest::keyClick(tree, Qt::Key_Up);
        QTRY_COMPARE(m_inspector->previewedKey(), QByteArray());
        QVERIFY(!child<QPushButton>("inspectorDeleteButton")->isEnabled());
        QTest::keyClick(tree, Qt::Key_Down);
        QTRY_COMPARE(m_inspector->previewedKey(), QByteArray("pmgui:2:b"));

        // Back to the table, the same key still selected.
        group->setFocus();
        QTest::keyClick(group, Qt::Key_Space);
        QVERIFY(!m_inspector->isGrouped());
        QCOMPARE(m_inspector->keyView(), child<QTableView>("inspectorKeyTable"));
        QTRY_COMPARE(m_inspector->previewedKey(), QByteArray("pmgui:2:b"));
    }

    void narrowTable_elidesKeysInTheMiddle()
    {
        QCOMPARE(child<QTableView>("inspectorKeyTable")->textElideMode(), Qt::ElideMiddle);
        QCOMPARE(child<QTreeView>("inspectorKeyTree")->textElideMode(), Qt::ElideMiddle);
    }

    void actions_changeTheTtlColumnAndDelete()
    {
        QCOMPARE(console({QStringLiteral("set life 1 timeout=forever")}), QStringLiteral("ok"));
        click("inspectorRefreshButton");
        QVERIFY(idle());
        const QByteArray key("pmgui:1:life");
        QCOMPARE(ttlText(key), QStringLiteral("forever"));
        QVERIFY(select(key));

        child<QSpinBox>("inspectorSecondsSpin")->setValue(60);
        click("inspectorExpireButton");
        QVERIFY(idle());
        QCOMPARE(ttlText(key), QStringLiteral("1 min 0 s"));

        click("inspectorPersistButton");
        QVERIFY(idle());
        QCOMPARE(ttlText(key), QStringLiteral("forever"));

        child<QSpinBox>("inspectorSecondsSpin")->setValue(120);
        click("inspectorTouchButton");
        QVERIFY(idle());
        QCOMPARE(ttlText(key), QStringLiteral("2 min 0 s"));

        click("inspectorDeleteButton");
        QVERIFY(idle());
        QCOMPARE(rowOf(key), -1);
        QCOMPARE(console({QStringLiteral("has_key life")}), QStringLiteral("false"));
    }

    void clear_dryRunFirstThenOnlyOurNamespace()
    {
        QCOMPARE(console({QStringLiteral("set_many a=1 b=2 c=3 d=4 e=5 f=6 g=7")}),
                 QStringLiteral("[]"));
        if (isRedis())
            QCOMPARE(m_redis->command(QStringList{"SET", "foreign:key", "keep"}, RedisDb), "OK");

        m_dialogs.answer = false; // the user looks at the count and cancels
        click("inspectorClearButton");
        QTRY_COMPARE(m_dialogs.asked.size(), 1);
        QVERIFY2(m_dialogs.asked.first().contains(QStringLiteral("Would remove 7 key(s).")),
                 qPrintable(m_dialogs.asked.first()));
        QVERIFY(idle());
        QCOMPARE(console({QStringLiteral("get_many a b c d e f g")}).count(QLatin1Char(':')), 7);

        m_dialogs.answer = true;
        click("inspectorClearButton");
        QTRY_COMPARE(m_dialogs.asked.size(), 2);
        QTRY_VERIFY(
                child<QLabel>("inspectorStatus")->text().startsWith(QStringLiteral("Removed 7")));
        QVERIFY(idle());
        QCOMPARE(m_inspector->keyModel()->rowCount(), 0);
        QCOMPARE(console({QStringLiteral("get_many a b c d e f g")}), QStringLiteral("{}"));
        if (isRedis())
            QCOMPARE(m_redis->command(QStringList{"GET", "foreign:key"}, RedisDb), "keep");
    }

    void invalidationLog_rowsForCreateBulkUpdateAndButton()
    {
        QVERIFY(loadList());
        InvalidationLogModel *log = m_inspector->invalidationLog();
        log->clear();
        QSignalSpy created(m_worker, &ProductWorker::created);
        QSignalSpy bulk(m_worker, &ProductWorker::bulkUpdated);
        QSignalSpy cleared(m_worker, &ProductWorker::cacheCleared);
        auto *w = m_worker;
        invoke([w] { w->create(11, ProductFields{QStringLiteral("Cherry"), Money(500)}); });
        QVERIFY(arrived(created));
        // A second write before any load: there is nothing cached to remove.
        invoke([w] { w->create(12, ProductFields{QStringLiteral("Damson"), Money(300)}); });
        QVERIFY(arrived(created, 2));
        ProductChanges changes;
        changes.price = Money(100);
        invoke([w, changes] { w->bulkUpdate(13, {1, 2, 3}, changes); });
        QVERIFY(arrived(bulk));
        QVERIFY(loadList());
        invoke([w] { w->invalidateCache(14); });
        QVERIFY(arrived(cleared));
        QTRY_COMPARE(log->rowCount(), 4);

        auto cell = [log](int row, int column) {
            return log->index(row, column).data().toString();
        };
        QCOMPARE(cell(0, InvalidationLogModel::WriteColumn), QStringLiteral("create"));
        QCOMPARE(cell(0, InvalidationLogModel::MechanismColumn), QStringLiteral("signal"));
        QVERIFY(cell(0, InvalidationLogModel::KeysColumn)
                        .contains(QStringLiteral("product_objects")));
        QCOMPARE(cell(0, InvalidationLogModel::OutcomeColumn), QStringLiteral("removed 1 key(s)"));
        QVERIFY2(cell(1, InvalidationLogModel::OutcomeColumn)
                         .startsWith(QStringLiteral("nothing to remove")),
                 qPrintable(cell(1, InvalidationLogModel::OutcomeColumn)));
        QCOMPARE(cell(2, InvalidationLogModel::WriteColumn), QStringLiteral("bulk_update"));
        QCOMPARE(cell(2, InvalidationLogModel::MechanismColumn), QStringLiteral("batch"));
        QCOMPARE(cell(2, InvalidationLogModel::ProductsColumn), QStringLiteral("1, 2, 3"));
        QCOMPARE(cell(3, InvalidationLogModel::MechanismColumn), QStringLiteral("button"));
        QCOMPARE(cell(3, InvalidationLogModel::OutcomeColumn), QStringLiteral("removed 1 key(s)"));
        QVERIFY(!log->index(3, 0).data(InvalidationLogModel::FailedRole).toBool());
        QVERIFY(!log->index(3, 0).data(Qt::ForegroundRole).isValid());
    }

    void consistency_findsAPlantedDifference()
    {
        QVERIFY(loadList());
        click("inspectorConsistencyButton");
        QVERIFY(idle());
        auto *label = child<QLabel>("inspectorConsistency");
        QVERIFY2(label->text().startsWith(QStringLiteral("Consistent")), qPrintable(label->text()));

        // Change a row behind the app's back: no list_version bump, so the cache is stale.
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plant"));
            db.setDatabaseName(config().path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE products SET title = 'Tampered' WHERE id = 2")));
            QCOMPARE(q.numRowsAffected(), 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("plant"));
        click("inspectorConsistencyButton");
        QVERIFY(idle());
        QVERIFY2(label->text().startsWith(QStringLiteral("Inconsistent")),
                 qPrintable(label->text()));
        QVERIFY2(label->text().contains(QStringLiteral("Changed: 1 product(s) (2)")),
                 qPrintable(label->text()));
    }

    void console_runsCommandsWithHistoryAndCompletion()
    {
        auto *tabs = child<QTabWidget>("debugTabs");
        tabs->setCurrentWidget(m_console);
        auto *input = child<QLineEdit>("consoleInput");
        auto *output = child<QPlainTextEdit>("consoleOutput");
        QSignalSpy answers(m_worker, &ProductWorker::consoleAnswered);
        for (const char *line : {"set a 1", "get a", "incr a 10"}) {
            input->setFocus();
            QTest::keyClicks(input, QString::fromLatin1(line));
            QTest::keyClick(input, Qt::Key_Return);
        }
        QVERIFY(arrived(answers, 3));
        QCOMPARE(answers.at(0).at(1).toString(), QStringLiteral("ok"));
        QCOMPARE(answers.at(1).at(1).toString(), QStringLiteral("1"));
        QCOMPARE(answers.at(2).at(1).toString(), QStringLiteral("11"));
        QTRY_VERIFY2(output->toPlainText().endsWith(QStringLiteral("> incr a 10\n11")),
                     qPrintable(output->toPlainText()));
        QVERIFY(output->toPlainText().contains(QStringLiteral("> get a\n1\n")));
        QCOMPARE(m_console->history(),
                 (QStringList{QStringLiteral("set a 1"), QStringLiteral("get a"),
                              QStringLiteral("incr a 10")}));

        QTest::keyClicks(input, QStringLiteral("draft"));
        QTest::keyClick(input, Qt::Key_Up);
        QCOMPARE(input->text(), QStringLiteral("incr a 10"));
        QTest::keyClick(input, Qt::Key_Up);
        QCOMPARE(input->text(), QStringLiteral("get a"));
        QTest::keyClick(input, Qt::Key_Down);
        QCOMPARE(input->text(), QStringLiteral("incr a 10"));
        QTest::keyClick(input, Qt::Key_Down);
        QCOMPARE(input->text(), QStringLiteral("draft"));

        input->clear();
        QTest::keyClicks(input, QStringLiteral("get_o"));
        QTest::keyClick(input, Qt::Key_Tab);
        QCOMPARE(input->text(), QStringLiteral("get_or_set "));
        QVERIFY(input->hasFocus() || !QApplication::focusWidget()); // Tab stayed in the console

        QCompleter *completer = input->completer();
        QVERIFY(completer);
        completer->setCompletionPrefix(QStringLiteral("get_o"));
        QCOMPARE(completer->currentCompletion(), QStringLiteral("get_or_set"));

        QTest::keyClick(input, Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(output->toPlainText(), QString());

        // An error answer is shown, and the console keeps working.
        QCOMPARE(console({QStringLiteral("incr missing")}).left(6), QStringLiteral("error:"));
    }

    void models_passTheModelTester_andAFailedInvalidationIsRed()
    {
        InvalidationLogModel log(3);
        QAbstractItemModelTester logTester(&log);
        InvalidationRecord failed;
        failed.write = QStringLiteral("update");
        failed.mechanism = QStringLiteral("signal");
        failed.productIds = {4};
        failed.keys = {QStringLiteral(":3:product_objects")};
        failed.error = Error(ErrorKind::Unavailable, QStringLiteral("connection refused"));
        log.append(failed);
        QVERIFY(log.index(0, 0).data(InvalidationLogModel::FailedRole).toBool());
        QCOMPARE(log.index(0, 0).data(Qt::ForegroundRole).value<QBrush>().color(),
                 QColor(0xcf, 0x22, 0x2e));
        QCOMPARE(log.index(0, InvalidationLogModel::OutcomeColumn).data().toString(),
                 QStringLiteral("failed: connection refused"));
        for (int i = 0; i < 5; ++i)
            log.append(InvalidationRecord{});
        QCOMPARE(log.rowCount(), 3); // bounded

        InspectorKeyModel keys;
        QAbstractItemModelTester keyTester(&keys);
        InspectorKey a;
        a.key = "p:1:a";
        a.ttl = KeyTtl{KeyTtl::State::Expiring, 3'601'000};
        InspectorKey b = a;
        b.key = "p:1:b";
        keys.append({a, b, a}); // SCAN may repeat a key
        QCOMPARE(keys.rowCount(), 2);
        QCOMPARE(keys.index(0, InspectorKeyModel::TtlColumn).data().toString(),
                 QStringLiteral("1 h 0 min"));
        keys.removeKey("p:1:a");
        QCOMPARE(keys.rowOfKey("p:1:b"), 0);
    }

    void console_redactsPasswords()
    {
        QCOMPARE(redactUrl(QStringLiteral("redis://app:s3cret@cache:6379/0")),
                 QStringLiteral("redis://app:***@cache:6379/0"));
        QCOMPARE(redactUrl(QStringLiteral("unix:///r.sock?db=1&password=pw")),
                 QStringLiteral("unix:///r.sock?db=1&password=***"));
        QCOMPARE(redactUrl(QStringLiteral("get a")), QStringLiteral("get a"));
    }
};

QTEST_MAIN(TestCacheInspectorWidget)
#include "tst_cacheinspectorwidget.moc"
