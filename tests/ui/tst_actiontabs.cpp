// The debug panel's Timer, History and Charts tabs and the SQL tab's Explain, driven through
// the real window (worker thread, SQLite or PostgreSQL, memory cache).
#include "core/clock.h"
#include "debug/chartwidget.h"
#include "debug/debugpanel.h"
#include "debug/historywidget.h"
#include "debug/timerwidget.h"
#include "diagnostics/actionlog.h"
#include "diagnostics/actiontablemodel.h"
#include "diagnostics/cachecallmodel.h"
#include "diagnostics/sqleventmodel.h"
#include "mainwindow/mainwindow.h"
#include "products/producttablemodel.h"
#include "widgets/dialogs.h"

#include "pgsupport.h"

#include <QAccessible>
#include <QImage>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace pm;

namespace {

class NoDialogs final : public Dialogs
{
public:
    bool confirm(QWidget *, const QString &, const QString &, const QString &) override
    {
        return true;
    }
    QString openFileName(QWidget *, const QString &, const QString &) override { return {}; }
    std::optional<int> integer(QWidget *, const QString &, const QString &, int, int, int) override
    {
        return std::nullopt;
    }
    void report(QWidget *, const QString &, const QString &, const QString &) override { }
    void about(QWidget *, const QString &, const QString &) override { }
};

bool isListQuery(const SqlRecord &r)
{
    return r.sql.contains(QStringLiteral("FROM products ORDER BY"));
}

/// Time of the full list queries of an action (not the one-row version probe).
qint64 listSqlNs(const ActionRecord &a)
{
    qint64 ns = 0;
    for (const SqlRecord &r : a.sql) {
        if (isListQuery(r))
            ns += r.durationNs;
    }
    return ns;
}

} // namespace

class TestActionTabs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void timerTab_refreshRow_missHasWallAndSql_hitHasNoListSql();
    void historySelection_filtersCallsAndSqlToThatAction();
    void pin_keepsAnActionAfterSixtyMore_unpinLetsItGo();
    void charts_getAPointPerActionWithCacheCalls();
    void resetStatistics_forgetsUnpinnedActions_keepsPins();
    void newControls_haveAccessibleNamesAndDescriptions();
    void explain_listQuery_sqlite_showsTheScan();
    void explain_write_saysWhyNot();
    void explain_listQuery_postgres_showsThePlan();

private:
    void openWindow(int seedIfNew, DatabaseConfig config = {});
    void waitIdle();
    DebugPanel *panel() const { return m_window->debugPanel(); }
    ActionLog *log() const { return panel()->actionLog(); }
    /// The newest action named `name`, or nullptr.
    const ActionRecord *newest(const QString &name) const;
    template<typename T>
    T *child(const char *name) const
    {
        return m_window->findChild<T *>(QString::fromLatin1(name));
    }
    void showTab(const QString &objectName);
    void explainListQuery();

    ManualClock m_clock{1'700'000'000'000};
    NoDialogs m_dialogs;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<MainWindow> m_window;
};

void TestActionTabs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_settingsDir = std::make_unique<QTemporaryDir>();
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir->path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir->path());
}

void TestActionTabs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestActionTabs::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestActionTabs::openWindow(int seedIfNew, DatabaseConfig config)
{
    MainWindowOptions options;
    if (config.driver == DatabaseConfig::Driver::Sqlite)
        config.path = m_dir->filePath(QStringLiteral("products.db"));
    options.database = config;
    options.seedIfNew = seedIfNew;
    m_window = std::make_unique<MainWindow>(options, m_clock, m_dialogs);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // A first run shows the list alone: open the panel as a user does, with F12.
    QTest::keyClick(m_window.get(), Qt::Key_F12);
    QTRY_VERIFY(panel()->isVisible());
    QTRY_VERIFY(m_window->isListLoaded());
    waitIdle();
}

void TestActionTabs::waitIdle()
{
    QTRY_COMPARE(m_window->pendingRequests(), 0);
}

const ActionRecord *TestActionTabs::newest(const QString &name) const
{
    const auto &actions = log()->actions();
    for (auto it = actions.rbegin(); it != actions.rend(); ++it) {
        if (it->name == name)
            return &*it;
    }
    return nullptr;
}

void TestActionTabs::showTab(const QString &objectName)
{
    auto *tabs = child<QTabWidget>("debugTabs");
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->widget(i)->objectName() == objectName)
            tabs->setCurrentIndex(i);
    }
    QCOMPARE(tabs->currentWidget()->objectName(), objectName);
}

void TestActionTabs::timerTab_refreshRow_missHasWallAndSql_hitHasNoListSql()
{
    openWindow(5);
    showTab(QStringLiteral("timerTab"));
    const ActionTableModel *timer = panel()->timerWidget()->model();

    // The first load: a miss with its list query.
    const ActionRecord *miss = newest(QStringLiteral("load list"));
    QVERIFY(miss);
    QTRY_VERIFY(miss->wallNs > 0);
    QCOMPARE(miss->misses, 1);
    QVERIFY(miss->sqlNs > 0);
    QVERIFY(listSqlNs(*miss) > 0);
    QVERIFY(miss->cpuNs > 0);
    QVERIFY(miss->modelNs > 0); // the model reset, watched through its signals
    QVERIFY(miss->cacheNs + miss->sqlNs <= miss->wallNs);

    // Refresh: a new row on top, a hit, with no list SQL.
    const int before = timer->rowCount();
    m_window->refresh();
    waitIdle();
    QTRY_COMPARE(timer->rowCount(), before + 1);
    QCOMPARE(timer->index(0, ActionTableModel::ActionColumn).data().toString(),
             QStringLiteral("refresh"));
    const ActionRecord *hit = timer->action(0);
    QTRY_VERIFY(hit->hits == 1);
    QVERIFY(hit->wallNs > 0);
    QCOMPARE(hit->misses, 0);
    QCOMPARE(listSqlNs(*hit), 0);
    // At most the version probe: it is skipped while SQLite's WAL index shows no new commit.
    QVERIFY2(hit->statements <= 1, qPrintable(QString::number(hit->statements)));
    QVERIFY(hit->cacheNs > 0);
    QVERIFY(hit->cacheNs + hit->sqlNs <= hit->wallNs);
    QVERIFY(timer->index(0, ActionTableModel::WallColumn)
                    .data()
                    .toString()
                    .endsWith(QStringLiteral(" ms")));
    // The table's viewport painted the new list: the paint is timed.
    QTRY_VERIFY(hit->paintNs > 0);
    auto *table = child<QTableView>("timerTable");
    QVERIFY(table->isVisible());
    QCOMPARE(table->model(), timer);
    QVERIFY(child<QLabel>("timerSummary")->text().contains(QStringLiteral("refresh")));
}

void TestActionTabs::historySelection_filtersCallsAndSqlToThatAction()
{
    openWindow(5);
    m_window->refresh();
    waitIdle();
    m_window->invalidateCache();
    waitIdle();
    showTab(QStringLiteral("historyTab"));
    HistoryWidget *history = panel()->historyWidget();
    const ActionRecord *load = newest(QStringLiteral("load list"));
    const ActionRecord *refresh = newest(QStringLiteral("refresh"));
    QVERIFY(load && refresh);
    const int loadId = load->id;
    const int refreshId = refresh->id;

    // A click on the first load's row shows its get (miss), its set and its list query.
    auto *table = child<QTableView>("historyTable");
    const int row = history->model()->rowOf(loadId);
    QVERIFY(row >= 0);
    const QRect cell = table->visualRect(history->model()->index(row, 1));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(history->selectedActionId(), loadId);
    const CacheCallModel *calls = history->callModel();
    const SqlEventModel *sql = history->sqlModel();
    QCOMPARE(calls->rowCount(), 2);
    QCOMPARE(calls->record(0).operation, CacheOp::Get);
    QCOMPARE(calls->record(0).misses, 1);
    QCOMPARE(calls->record(1).operation, CacheOp::Set);
    int listQueries = 0;
    for (int r = 0; r < sql->rowCount(); ++r) {
        QCOMPARE(sql->record(r).actionId, loadId);
        listQueries += isListQuery(sql->record(r)) ? 1 : 0;
    }
    QCOMPARE(listQueries, 1);
    QVERIFY(child<QLabel>("historyTimings")->text().contains(QStringLiteral("load list")));

    // The refresh: one get (hit) and at most the probe.
    QVERIFY(history->selectAction(refreshId));
    QCOMPARE(calls->rowCount(), 1);
    QCOMPARE(calls->record(0).hits, 1);
    QCOMPARE(calls->record(0).actionId, refreshId);
    QVERIFY(sql->rowCount() <= 1); // at most the version probe
    for (int r = 0; r < sql->rowCount(); ++r)
        QVERIFY(!isListQuery(sql->record(r)));

    // Invalidate cache: one delete, no list query.
    QVERIFY(history->selectAction(newest(QStringLiteral("invalidate cache"))->id));
    QCOMPARE(calls->rowCount(), 1);
    QCOMPARE(calls->record(0).operation, CacheOp::Delete);
    for (int r = 0; r < sql->rowCount(); ++r)
        QVERIFY(!isListQuery(sql->record(r)));
}

void TestActionTabs::pin_keepsAnActionAfterSixtyMore_unpinLetsItGo()
{
    openWindow(3);
    showTab(QStringLiteral("historyTab"));
    HistoryWidget *history = panel()->historyWidget();
    const int firstLoad = newest(QStringLiteral("load list"))->id;
    QVERIFY(history->selectAction(firstLoad));
    auto *pin = child<QPushButton>("pinActionButton");
    QCOMPARE(pin->text(), QStringLiteral("Pin"));
    QTest::mouseClick(pin, Qt::LeftButton);
    QVERIFY(log()->find(firstLoad)->pinned);
    QCOMPARE(pin->text(), QStringLiteral("Unpin"));

    m_window->refresh();
    waitIdle();
    const int firstRefresh = newest(QStringLiteral("refresh"))->id;
    for (int i = 1; i < 60; ++i) {
        m_window->refresh();
        waitIdle();
    }
    QVERIFY(log()->contains(firstLoad));
    QVERIFY(!log()->contains(firstRefresh)); // 60 refreshes: the oldest left the ring
    QCOMPARE(log()->size(), ActionLog::HistorySize + 1);
    QCOMPARE(history->model()->actionId(0), firstLoad); // pinned first
    QCOMPARE(history->model()->index(0, ActionTableModel::ActionColumn).data().toString(),
             QStringLiteral("load list (pinned)"));
    // Still selected, with its calls.
    QCOMPARE(history->selectedActionId(), firstLoad);
    QCOMPARE(history->callModel()->rowCount(), 2);

    QTest::mouseClick(pin, Qt::LeftButton); // unpin: the oldest of 51 goes
    QVERIFY(!log()->contains(firstLoad));
    QCOMPARE(log()->size(), ActionLog::HistorySize);
    QCOMPARE(history->selectedActionId(), 0);
    QCOMPARE(history->callModel()->rowCount(), 0);
}

void TestActionTabs::charts_getAPointPerActionWithCacheCalls()
{
    openWindow(5);
    m_window->refresh();
    waitIdle();
    showTab(QStringLiteral("chartWidget"));
    ChartWidget *chart = panel()->chartWidget();
    // Opening (its cache calls look nothing up), the first load (a miss), the refresh (a hit).
    QTRY_COMPARE(chart->points().size(), 3);
    QCOMPARE(chart->points().at(0).name, QStringLiteral("open"));
    QCOMPARE(chart->points().at(0).hitRatio, -1.0);
    const ChartPoint miss = chart->points().at(1);
    const ChartPoint hit = chart->points().at(2);
    QCOMPARE(miss.name, QStringLiteral("load list"));
    QCOMPARE(hit.name, QStringLiteral("refresh"));
    QCOMPARE(miss.hitRatio, 0.0);
    QCOMPARE(miss.cumulativeHitRatio, 0.0);
    QCOMPARE(hit.hitRatio, 1.0);
    QCOMPARE(hit.cumulativeHitRatio, 0.5);
    QVERIFY(miss.meanLatencyUs > 0);
    QVERIFY(miss.maxLatencyUs >= miss.meanLatencyUs);

    // Drawn, not blank: the plots put more than the background on the widget.
    const QImage image = chart->grab().toImage();
    const QRgb background = image.pixel(1, 1);
    int other = 0;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            other += image.pixel(x, y) != background ? 1 : 0;
    }
    QVERIFY2(other > 200, qPrintable(QString::number(other)));
}

void TestActionTabs::resetStatistics_forgetsUnpinnedActions_keepsPins()
{
    openWindow(2);
    m_window->refresh();
    waitIdle();
    const int pinned = newest(QStringLiteral("refresh"))->id;
    log()->setPinned(pinned, true);
    QVERIFY(log()->size() > 2);
    QTest::mouseClick(child<QPushButton>("resetStatisticsButton"), Qt::LeftButton);
    QCOMPARE(log()->size(), 1);
    QVERIFY(log()->contains(pinned));
    QCOMPARE(panel()->timerWidget()->model()->rowCount(), 1);
    QCOMPARE(panel()->chartWidget()->points().size(), 1);
}

void TestActionTabs::newControls_haveAccessibleNamesAndDescriptions()
{
    openWindow(1);
    for (const char *name : {"timerTable", "historyTable", "historyCallTable", "historySqlTable",
                             "pinActionButton", "chartWidget", "explainButton", "sqlExplainView"}) {
        auto *w = child<QWidget>(name);
        QVERIFY2(w, name);
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        QVERIFY2(iface, name);
        QVERIFY2(!iface->text(QAccessible::Name).trimmed().isEmpty(), name);
        QVERIFY2(!iface->text(QAccessible::Description).trimmed().isEmpty(), name);
    }
}

void TestActionTabs::explainListQuery()
{
    showTab(QStringLiteral("sqlTab"));
    auto *table = child<QTableView>("sqlTable");
    const SqlEventModel *sql = panel()->sqlModel();
    int row = -1;
    for (int r = 0; r < sql->rowCount(); ++r) {
        if (isListQuery(sql->record(r)))
            row = r;
    }
    QVERIFY(row >= 0);
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(table->model());
    table->selectRow(proxy->mapFromSource(sql->index(row, 0)).row());
    QTest::mouseClick(child<QPushButton>("explainButton"), Qt::LeftButton);
}

void TestActionTabs::explain_listQuery_sqlite_showsTheScan()
{
    openWindow(5);
    explainListQuery();
    auto *view = child<QPlainTextEdit>("sqlExplainView");
    QTRY_VERIFY2(view->toPlainText().contains(QStringLiteral("SCAN")),
                 qPrintable(view->toPlainText()));
    QVERIFY(view->toPlainText().contains(QStringLiteral("products")));
}

void TestActionTabs::explain_write_saysWhyNot()
{
    openWindow(5); // seeding inserted the products: INSERT statements are in the SQL tab
    showTab(QStringLiteral("sqlTab"));
    auto *table = child<QTableView>("sqlTable");
    const SqlEventModel *sql = panel()->sqlModel();
    int row = -1;
    for (int r = 0; r < sql->rowCount() && row < 0; ++r) {
        if (sql->record(r).sql.startsWith(QStringLiteral("INSERT")))
            row = r;
    }
    QVERIFY(row >= 0);
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(table->model());
    table->selectRow(proxy->mapFromSource(sql->index(row, 0)).row());
    const int pending = m_window->pendingRequests();
    QVERIFY(!panel()->explainSelected());
    QCOMPARE(m_window->pendingRequests(), pending); // nothing sent to the worker
    const QString text = child<QPlainTextEdit>("sqlExplainView")->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Only SELECT")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("INSERT")), qPrintable(text));
}

void TestActionTabs::explain_listQuery_postgres_showsThePlan()
{
    auto config = test::freshPostgresDatabase(QStringLiteral("tst_actiontabs"));
    QVERIFY2(config, qPrintable(config ? QString() : config.error().toString()));
    openWindow(0, config.value());
    QVERIFY(m_window->productModel()->rowCount() >= 0);
    explainListQuery();
    auto *view = child<QPlainTextEdit>("sqlExplainView");
    QTRY_VERIFY2(view->toPlainText().contains(QStringLiteral("products")),
                 qPrintable(view->toPlainText()));
    QVERIFY2(view->toPlainText().contains(QStringLiteral("Scan")), qPrintable(view->toPlainText()));
}

QTEST_MAIN(TestActionTabs)
#include "tst_actiontabs.moc"
