#include "core/clock.h"

#include <QTest>

using namespace pm;

class TestClock : public QObject
{
    Q_OBJECT
private slots:
    void manualClock_movesOnlyWhenAdvanced()
    {
        ManualClock clock(1000);
        QCOMPARE(clock.nowMs(), 1000);
        clock.advanceMs(250);
        QCOMPARE(clock.nowMs(), 1250);
        QCOMPARE(clock.monotonicMs(), 1250);
    }

    void systemClock_isMonotonic()
    {
        const qint64 a = SystemClock::instance().monotonicMs();
        const qint64 b = SystemClock::instance().monotonicMs();
        QVERIFY(b >= a);
        QVERIFY(SystemClock::instance().nowMs() > 1'600'000'000'000);
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
