#include "debug/chartwidget.h"

#include "diagnostics/actionlog.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace pm {

namespace {

/// A "nice" tick step (1, 2, 2.5 or 5 × 10^n) at or above `value`.
double niceStep(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (value <= step * magnitude * 1.0000001)
            return step * magnitude;
    }
    return 10 * magnitude;
}

/// Colours picked for contrast on light and dark bases alike.
const QColor HitColor(0x2e, 0xa0, 0x5a);
const QColor OverallColor(0x4a, 0x8c, 0xf0);
const QColor MeanColor(0xe0, 0x8a, 0x1e);
const QColor MaxColor(0xd0, 0x45, 0x45);

} // namespace

ChartWidget::ChartWidget(ActionLog *log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
{
    setObjectName(QStringLiteral("chartWidget"));
    setAccessibleName(tr("Hit ratio and cache latency per action"));
    setAccessibleDescription(tr("Two charts, oldest action first: the hit ratio of each action "
                                "with the overall ratio, and its mean and slowest cache call"));
    setAutoFillBackground(false);
    connect(m_log, &ActionLog::actionAdded, this, &ChartWidget::rebuild);
    connect(m_log, &ActionLog::actionChanged, this, &ChartWidget::rebuild);
    connect(m_log, &ActionLog::actionsRemoved, this, &ChartWidget::rebuild);
    rebuild();
}

QSize ChartWidget::sizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 40, line * 20};
}

QSize ChartWidget::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 16, line * 10};
}

void ChartWidget::rebuild()
{
    QList<ChartPoint> points;
    quint64 hits = 0;
    quint64 lookups = 0;
    for (const ActionRecord &a : m_log->actions()) {
        if (a.cacheCalls == 0)
            continue;
        ChartPoint point;
        point.actionId = a.id;
        point.name = a.name;
        point.hitRatio = a.hitRatio();
        hits += quint64(a.hits);
        lookups += quint64(a.hits + a.misses);
        point.cumulativeHitRatio = lookups == 0 ? -1 : double(hits) / double(lookups);
        point.meanLatencyUs = double(a.meanCallNs()) / 1e3;
        point.maxLatencyUs = double(a.maxCallNs) / 1e3;
        points.append(point);
    }
    m_points = std::move(points);
    update();
}

bool ChartWidget::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip || m_points.isEmpty() || m_plotWidth <= 0)
        return QWidget::event(event);
    // The action under the pointer, by its slot on the x axis.
    auto *help = static_cast<QHelpEvent *>(event);
    const int i = int((help->pos().x() - m_plotLeft) * m_points.size() / m_plotWidth);
    if (i < 0 || i >= m_points.size()) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    const ChartPoint &point = m_points.at(i);
    const QLocale locale;
    const QString ratio = point.hitRatio < 0
            ? tr("no lookups")
            : locale.toString(point.hitRatio * 100, 'f', 0) + QLatin1Char('%');
    QToolTip::showText(help->globalPos(),
                       tr("%1. %2\nHit ratio: %3\nMean call: %4 µs · slowest: %5 µs")
                               .arg(i + 1)
                               .arg(point.name, ratio, locale.toString(point.meanLatencyUs, 'f', 1),
                                    locale.toString(point.maxLatencyUs, 'f', 1)),
                       this);
    return true;
}

void ChartWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());

    const int line = fontMetrics().height();
    const QRect area = rect().adjusted(line / 2, line / 2, -line / 2, -line / 2);
    if (m_points.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
                   tr("No cache calls yet: load or refresh the list to draw the charts."));
        return;
    }
    const int gap = line;
    const int half = (area.height() - gap) / 2;
    const QRect top(area.left(), area.top(), area.width(), half);
    const QRect bottom(area.left(), area.top() + half + gap, area.width(),
                       area.height() - half - gap);

    Series ratio{tr("Hit ratio of the action"), HitColor, {}, true};
    Series cumulative{tr("Overall hit ratio"), OverallColor, {}, false};
    Series mean{tr("Mean call"), MeanColor, {}, false};
    Series slowest{tr("Slowest call"), MaxColor, {}, false, Qt::DashLine};
    double maxLatency = 0;
    for (const ChartPoint &point : m_points) {
        ratio.values.append(point.hitRatio < 0 ? -1 : point.hitRatio * 100);
        cumulative.values.append(point.cumulativeHitRatio < 0 ? -1
                                                              : point.cumulativeHitRatio * 100);
        mean.values.append(point.meanLatencyUs);
        slowest.values.append(point.maxLatencyUs);
        maxLatency = std::max(maxLatency, point.maxLatencyUs);
    }
    drawPlot(p, top, tr("Hit ratio per action"), tr("%"), 100, 25, {ratio, cumulative});
    const double step = niceStep(maxLatency * 1.05 / 4);
    drawPlot(p, bottom, tr("Cache latency per action"), tr("µs"),
             step * std::max(1.0, std::ceil(maxLatency * 1.05 / step)), step, {mean, slowest});
}

void ChartWidget::drawPlot(QPainter &p, const QRect &area, const QString &title,
                           const QString &unit, double maxValue, double step,
                           const QList<Series> &series) const
{
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    const QColor text = palette().color(QPalette::Text);
    QColor grid = text;
    grid.setAlpha(50);

    // Title on the left, legend on the right of the same line.
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(text);
    p.drawText(QRect(area.left(), area.top(), area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
               title);
    p.setFont(font());
    int x = area.right();
    for (auto it = series.crbegin(); it != series.crend(); ++it) {
        const int w = fm.horizontalAdvance(it->label);
        x -= w;
        p.setPen(text);
        p.drawText(QRect(x, area.top(), w, line), Qt::AlignVCenter, it->label);
        x -= line / 3 + line;
        const QRect swatch(x, area.top() + line / 3, line, line / 3);
        if (it->bars) {
            p.fillRect(swatch, it->color);
        } else {
            p.setPen(QPen(it->color, 2, it->style));
            p.drawLine(swatch.left(), swatch.center().y(), swatch.right(), swatch.center().y());
        }
        x -= line;
    }

    // Axes: the y labels' width sets the left margin; the x axis shows action numbers.
    const QLocale locale;
    // One number of decimals for the whole axis: 0, 2.5, 5.0, 7.5 rather than 0, 2.5, 5, 7.5.
    int decimals = 0;
    while (decimals < 4) {
        const double scaled = step * std::pow(10.0, decimals);
        if (std::abs(scaled - std::round(scaled)) < 1e-6)
            break;
        ++decimals;
    }
    auto yLabel = [&](double v) {
        return tr("%1 %2").arg(locale.toString(v, 'f', decimals), unit);
    };
    const int ticks = std::max(1, int(std::lround(maxValue / step)));
    int labelWidth = 0;
    for (int i = 0; i <= ticks; ++i)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(yLabel(maxValue * i / ticks)));
    const QRect plot(area.left() + labelWidth + line / 2, area.top() + line + line / 2,
                     area.width() - labelWidth - line, area.height() - 3 * line);
    if (plot.width() < line || plot.height() < line)
        return;
    m_plotLeft = plot.left();
    m_plotWidth = plot.width();

    for (int i = 0; i <= ticks; ++i) {
        const double v = maxValue * i / ticks;
        const int y = plot.bottom() - int(std::lround(plot.height() * double(i) / ticks));
        p.setPen(QPen(grid, 1));
        p.drawLine(plot.left(), y, plot.right(), y);
        p.setPen(text);
        p.drawText(QRect(area.left(), y - line / 2, labelWidth, line),
                   Qt::AlignRight | Qt::AlignVCenter, yLabel(v));
    }
    p.setPen(QPen(text, 1));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());

    const int n = int(m_points.size());
    const double slot = double(plot.width()) / n;
    auto xAt = [&](int i) {
        return plot.left() + slot * (i + 0.5);
    };
    auto yAt = [&](double v) {
        return plot.bottom() - plot.height() * std::clamp(v / maxValue, 0.0, 1.0);
    };

    // X labels: the action's number in this chart, thinned so that they never overlap.
    const int labelEvery
            = std::max(1, int(std::ceil(fm.horizontalAdvance(QStringLiteral("0000")) / slot)));
    p.setPen(text);
    for (int i = 0; i < n; i += labelEvery) {
        const QString label = QString::number(i + 1);
        p.drawText(
                QRectF(xAt(i) - slot * labelEvery / 2, plot.bottom() + 2, slot * labelEvery, line),
                Qt::AlignHCenter | Qt::AlignTop, label);
    }
    p.drawText(QRect(plot.left(), plot.bottom() + line, plot.width(), line),
               Qt::AlignRight | Qt::AlignVCenter, tr("actions, oldest → newest"));

    // Bars first, then the halos of every line, then the lines: a halo in the background
    // colour keeps a line readable across bars without hiding another line.
    QList<QPainterPath> paths;
    for (const Series &s : series) {
        QPainterPath path;
        if (s.bars) {
            const double w = std::max(1.0, slot * 0.6);
            for (int i = 0; i < n; ++i) {
                const double v = s.values.value(i, -1);
                if (v < 0)
                    continue;
                const double top = yAt(v);
                // A 0% bar is still visible as a thin line: a miss is a result, not a gap.
                p.fillRect(QRectF(xAt(i) - w / 2, std::min(top, plot.bottom() - 2.0), w,
                                  std::max(2.0, plot.bottom() - top)),
                           s.color);
            }
            paths.append(path);
            continue;
        }
        bool started = false;
        for (int i = 0; i < n; ++i) {
            const double v = s.values.value(i, -1);
            if (v < 0)
                continue;
            const QPointF point(xAt(i), yAt(v));
            if (started)
                path.lineTo(point);
            else
                path.moveTo(point);
            started = true;
        }
        paths.append(path);
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(palette().color(QPalette::Base), 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const QPainterPath &path : std::as_const(paths))
        p.drawPath(path);
    for (qsizetype k = 0; k < series.size(); ++k) {
        const Series &s = series.at(k);
        if (s.bars)
            continue;
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(s.color, 2, s.style, Qt::RoundCap, Qt::RoundJoin));
        p.drawPath(paths.at(k));
        if (n <= 60) {
            p.setPen(Qt::NoPen);
            p.setBrush(s.color);
            for (int i = 0; i < n; ++i) {
                const double v = s.values.value(i, -1);
                if (v >= 0)
                    p.drawEllipse(QPointF(xAt(i), yAt(v)), 2.5, 2.5);
            }
        }
    }
}

} // namespace pm
