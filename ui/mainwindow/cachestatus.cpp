#include "mainwindow/cachestatus.h"

#include "debug/debugpanel.h"
#include "mainwindow/mainwindow.h"
#include "widgets/messagebar.h"
#include "widgets/readablelabel.h"
#include "worker/productworker.h"

#include <QLabel>

namespace pm {

namespace {
/// An error message as a clause inside a sentence: "timed out (250 ms)." loses its full stop,
/// so that "The cache is not working (%1)." does not end in ".).".
QString asClause(QString message)
{
    message = message.trimmed();
    while (message.endsWith(QLatin1Char('.')) && !message.endsWith(QLatin1String("...")))
        message.chop(1);
    return message;
}
} // namespace

CacheStatus::CacheStatus(QLabel *label, DebugPanel *debugPanel, MessageBar *messageBar,
                         QObject *parent)
    : WindowMessages(parent)
    , m_label(label)
    , m_debugPanel(debugPanel)
    , m_messageBar(messageBar)
{ }

void CacheStatus::connectWorker(ProductWorker *worker)
{
    connect(worker, &ProductWorker::cacheOpened, this,
            [this](const QString &backend, const QString &redactedUrl) {
                m_debugPanel->noteCacheOpened();
                // A failure reported before the open is the fallback to memory://: it stays
                // news (the configured cache is not used), whatever the memory cache does.
                m_errorText.clear();
                m_backend = backend;
                m_label->setToolTip(redactedUrl);
                setReadableText(m_label, MainWindow::tr("Cache: %1").arg(backend));
            });
    connect(worker, &ProductWorker::listMeasured, this,
            [this](int, const ListLoadStats &stats) { onListMeasured(stats); });
    connect(worker, &ProductWorker::cacheFailed, this, &CacheStatus::onFailed);
}

void CacheStatus::onListMeasured(const ListLoadStats &stats)
{
    m_debugPanel->noteListLoad(stats);
    m_down = stats.fromDatabaseBecauseCacheFailed;
    if (!m_down)
        noteWorks();
    if (m_down)
        setReadableText(
                m_label,
                MainWindow::tr("Cache: %1 unavailable, list from the database").arg(m_backend));
    else if (stats.hit)
        setReadableText(m_label, MainWindow::tr("Cache: %1, last load a hit").arg(m_backend));
    else
        setReadableText(m_label, MainWindow::tr("Cache: %1, last load a miss").arg(m_backend));
}

void CacheStatus::onFailed(const Error &error)
{
    m_debugPanel->noteCacheFailed();
    // One message per outage, not one per call: the label keeps showing the state.
    if (m_failureShown)
        return;
    m_failureShown = true;
    m_errorText = MainWindow::tr("The cache is not working (%1). The list is read from the "
                                 "database.")
                          .arg(asClause(error.message));
    emit this->error(m_errorText);
}

void CacheStatus::noteWorks()
{
    m_failureShown = false; // recovered: the next outage is news again
    if (!m_errorText.isEmpty() && m_messageBar->isVisible() && m_messageBar->text() == m_errorText)
        m_messageBar->dismiss();
    m_errorText.clear();
}

} // namespace pm
