#include "mainwindow/mainstatusbar.h"

#include "debug/debugpanel.h"
#include "mainwindow/mainwindow.h"
#include "settings/connectionlock.h"
#include "widgets/readablelabel.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>

namespace pm {

MainStatusBar::MainStatusBar(QMainWindow *window, DebugPanel *debugPanel)
    : QObject(window)
    , m_busy(new QProgressBar(window))
{
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setAccessibleName(MainWindow::tr("Working"));
    m_busy->setRange(0, 0); // indeterminate
    m_busy->setMaximumWidth(100);
    m_busy->setMaximumHeight(14);
    m_busy->setTextVisible(false);
    m_busy->setVisible(false);

    m_cacheLabel = new QLabel(window);
    m_cacheLabel->setObjectName(QStringLiteral("cacheLabel"));
    m_cacheLabel->setAccessibleName(MainWindow::tr("Cache"));

    m_databaseLabel = new QLabel(window);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setAccessibleName(MainWindow::tr("Database"));
    m_countLabel = new QLabel(window);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_countLabel->setAccessibleName(MainWindow::tr("Product count"));
    m_selectionLabel = new QLabel(window);
    m_selectionLabel->setObjectName(QStringLiteral("selectionLabel"));
    m_selectionLabel->setAccessibleName(MainWindow::tr("Selection count"));

    // Screen readers read the text of these, not only their names.
    for (QLabel *label :
         {m_cacheLabel, m_databaseLabel, m_countLabel, m_selectionLabel, debugPanel->badge()})
        makeTextReadable(label);

    QStatusBar *bar = window->statusBar();
    bar->setObjectName(QStringLiteral("statusBar"));
    bar->addPermanentWidget(m_busy);
    bar->addPermanentWidget(debugPanel->badge());
    bar->addPermanentWidget(m_lock = new ConnectionLock(window));
    bar->addPermanentWidget(m_cacheLabel);
    bar->addPermanentWidget(m_databaseLabel);
    bar->addPermanentWidget(m_selectionLabel);
    bar->addPermanentWidget(m_countLabel);
}

void MainStatusBar::showDatabase(const QString &redactedUrl)
{
    // Elided in the middle, so a long path never widens the window; the tooltip has it all.
    setReadableText(m_databaseLabel,
                    m_databaseLabel->fontMetrics().elidedText(redactedUrl, Qt::ElideMiddle, 360));
    m_databaseLabel->setToolTip(redactedUrl);
}

void MainStatusBar::showCounts(int total, int shown, bool preview, bool filtered, int selected)
{
    if (preview) // only the first rows of a list that is still loading: no count yet
        setReadableText(m_countLabel,
                        MainWindow::tr("First %Ln product(s); loading the rest", nullptr, total));
    else if (!filtered)
        setReadableText(m_countLabel, MainWindow::tr("%Ln product(s)", nullptr, total));
    else
        setReadableText(m_countLabel,
                        MainWindow::tr("%1 of %Ln product(s) shown", nullptr, total)
                                .arg(QLocale().toString(shown)));
    setReadableText(m_selectionLabel, MainWindow::tr("%Ln selected", nullptr, selected));
}

} // namespace pm
