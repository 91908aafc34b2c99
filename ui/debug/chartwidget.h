#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QPainter;

namespace pm {

class ActionLog;

/// One action of the Charts tab, oldest first.
struct ChartPoint
{
    int actionId = 0;
    QString name;
    double hitRatio = -1; ///< this action's hits / lookups, -1 without lookups
    double cumulativeHitRatio = -1; ///< over this and every earlier action shown
    double meanLatencyUs = 0; ///< mean cache call of this action
    double maxLatencyUs = 0; ///< slowest cache call of this action
};

/**
 * The Charts tab: hit ratio and cache latency per action, drawn with QPainter (no Qt Charts
 * dependency): two plots with axes, tick labels, a legend and palette colours, so that it
 * reads in a dark palette and at any scale factor.
 */
class ChartWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ChartWidget(ActionLog *log, QWidget *parent = nullptr);

    /// The points drawn now (actions with cache calls), oldest first.
    const QList<ChartPoint> &points() const { return m_points; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    struct Series
    {
        QString label;
        QColor color;
        QList<double> values; // one per point; < 0: no value
        bool bars = false;
        Qt::PenStyle style = Qt::SolidLine;
    };
    void rebuild();
    /// One plot: title and legend on top, y axis from 0 to maxValue in steps of `step`.
    void drawPlot(QPainter &p, const QRect &area, const QString &title, const QString &unit,
                  double maxValue, double step, const QList<Series> &series) const;

    ActionLog *m_log;
    QList<ChartPoint> m_points;
    // The x extent of the last plot drawn, for tooltips.
    mutable int m_plotLeft = 0;
    mutable int m_plotWidth = 0;
};

} // namespace pm
