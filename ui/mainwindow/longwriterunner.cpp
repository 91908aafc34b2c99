#include "mainwindow/longwriterunner.h"

#include "mainwindow/listloadcontroller.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/undocontroller.h"
#include "mainwindow/workerclient.h"
#include "widgets/dialogs.h"
#include "worker/productworker.h"

#include <QLocale>
#include <QProgressDialog>

#include <utility>

namespace pm {

namespace {
constexpr int MaxSeed = 1'000'000;
}

LongWriteRunner::LongWriteRunner(QWidget *window, ProductWorker *worker, WorkerClient *client,
                                 UndoController *undo, ListLoadController *list, Dialogs &dialogs)
    : WindowMessages(window)
    , m_window(window)
    , m_worker(worker)
    , m_client(client)
    , m_undo(undo)
    , m_list(list)
    , m_dialogs(dialogs)
{ }

void LongWriteRunner::connectWorker()
{
    connect(m_worker, &ProductWorker::imported, this, &LongWriteRunner::onImported);
    connect(m_worker, &ProductWorker::seeded, this, [this](int id, int count, bool cancelled) {
        m_client->finish(id);
        end(id);
        const QList<qint64> inserted = m_insertedIds.take(id);
        if (cancelled) {
            emit info(MainWindow::tr("Seeding cancelled; nothing was added."), {});
            return;
        }
        m_undo->recordSeed(inserted, count);
        emit info(MainWindow::tr("Added %Ln demo product(s).", nullptr, count), {});
        m_list->reload();
    });
    connect(m_worker, &ProductWorker::progressed, this, &LongWriteRunner::onProgressed);
    connect(m_worker, &ProductWorker::inserted, this, [this](int id, const QList<qint64> &ids) {
        if (m_undo->answered(id, ids)) { // a redone import or seed: this is its answer
            m_client->finish(id);
            return;
        }
        m_insertedIds.insert(id, ids); // the seed's answer follows
    });
    connect(m_worker, &ProductWorker::importNeedsDecision, this,
            &LongWriteRunner::onImportNeedsDecision);
    connect(m_worker, &ProductWorker::exported, this,
            [this](int id, const QString &path, int count, bool cancelled) {
                m_client->finish(id);
                end(id);
                if (cancelled)
                    emit info(MainWindow::tr("Export cancelled; %1 was left as it was.").arg(path),
                              {});
                else
                    emit info(MainWindow::tr("Exported %Ln product(s) to %1.", nullptr, count)
                                      .arg(path),
                              {});
            });
}

void LongWriteRunner::onProgressed(int id, int done, int total)
{
    if (id != m_request || !m_progress)
        return;
    m_progress->setMaximum(total);
    m_progress->setValue(done);
    // "Imported 2,500 of 10,000 (25%)": the counts, not only a bar.
    const int percent = total > 0 ? int(qint64(done) * 100 / total) : 0;
    const QString n = QLocale().toString(done);
    const QString of = QLocale().toString(total);
    if (m_kind == QLatin1String("import"))
        m_progress->setLabelText(MainWindow::tr("Imported %1 of %2 (%3%)").arg(n, of).arg(percent));
    else if (m_kind == QLatin1String("export"))
        m_progress->setLabelText(MainWindow::tr("Exported %1 of %2 (%3%)").arg(n, of).arg(percent));
    else
        m_progress->setLabelText(
                MainWindow::tr("Added %1 of %2 demo products (%3%)").arg(n, of).arg(percent));
}

void LongWriteRunner::importFile()
{
    const QString path
            = m_dialogs.openFileName(m_window, MainWindow::tr("Import Products"),
                                     MainWindow::tr("Product files (*.json *.csv);;"
                                                    "JSON (*.json);;CSV (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    startImport(path);
}

void LongWriteRunner::exportFile()
{
    const QString path = m_dialogs.saveFileName(m_window, MainWindow::tr("Export Products"),
                                                MainWindow::tr("CSV (*.csv);;JSON (*.json)"),
                                                QStringLiteral("products.csv"));
    if (path.isEmpty())
        return;
    m_kind = QStringLiteral("export");
    start(MainWindow::tr("Exporting to %1…").arg(path),
          MainWindow::tr("Could not export to %1: %2").arg(path, QStringLiteral("%1")),
          [path](ProductWorker *w, int id) { w->exportFile(id, path); });
}

void LongWriteRunner::seedDemoData()
{
    const auto n = m_dialogs.integer(m_window, MainWindow::tr("Seed Demo Data"),
                                     MainWindow::tr("Number of demo products to add:"), 1000, 1,
                                     MaxSeed);
    if (!n)
        return;
    startSeed(*n);
}

void LongWriteRunner::askForDemoData()
{
    const int answer
            = m_dialogs.choose(m_window, MainWindow::tr("New Catalogue"),
                               MainWindow::tr("This catalogue is empty. Add %L1 demo products?")
                                       .arg(MainWindow::DemoProductCount),
                               {MainWindow::tr("Yes"), MainWindow::tr("No")});
    if (answer == 0)
        startSeed(MainWindow::DemoProductCount);
}

void LongWriteRunner::startFirstWrites(int seedCount, const QString &importFile, bool offerDemo)
{
    if (seedCount > 0) {
        m_importAfterSeed = importFile;
        startSeed(seedCount);
    } else if (!importFile.isEmpty()) {
        startImport(importFile);
    } else if (offerDemo) {
        askForDemoData();
    }
}

void LongWriteRunner::startSeed(int count)
{
    m_kind = QStringLiteral("seed");
    start(MainWindow::tr("Adding %Ln demo product(s)…", nullptr, count),
          MainWindow::tr("Could not add demo data: %1"),
          [count](ProductWorker *w, int id) { w->seed(id, count); });
}

void LongWriteRunner::startImport(const QString &path)
{
    startImport(path, DuplicatePolicy::Ask);
}

void LongWriteRunner::startImport(const QString &path, DuplicatePolicy duplicates)
{
    m_kind = QStringLiteral("import");
    start(MainWindow::tr("Importing %1…").arg(path),
          MainWindow::tr("Could not import %1: %2").arg(path, QStringLiteral("%1")),
          [path, duplicates](ProductWorker *w, int id) { w->importFile(id, path, duplicates); });
}

void LongWriteRunner::start(const QString &label, const QString &failureText,
                            std::function<void(ProductWorker *, int)> call)
{
    if (m_request) {
        emit error(MainWindow::tr("Another import or seed is still running."));
        return;
    }
    auto *progress = new QProgressDialog(label, MainWindow::tr("Cancel"), 0, 0, m_window);
    progress->setObjectName(QStringLiteral("writeProgress"));
    progress->setAccessibleName(MainWindow::tr("Progress"));
    progress->setWindowTitle(MainWindow::tr("Product Manager"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400); // short writes never flash a dialog
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    m_progress = progress;
    m_request = m_client->send(failureText, std::move(call));
    // A direct call on purpose: cancel() only sets an atomic the worker polls between chunks.
    connect(progress, &QProgressDialog::canceled, this, [this] {
        if (m_request)
            m_worker->cancel(m_request);
    });
}

void LongWriteRunner::end(int requestId)
{
    if (requestId != m_request)
        return;
    m_request = 0; // first: closing the dialog emits canceled()
    m_kind.clear();
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
    }
    // --seed and --import together: the import follows the seed.
    if (!m_importAfterSeed.isEmpty())
        startImport(std::exchange(m_importAfterSeed, QString()));
}

void LongWriteRunner::cancelRunning()
{
    if (m_request)
        m_worker->cancel(m_request);
}

void LongWriteRunner::failed(int requestId)
{
    m_insertedIds.remove(requestId);
    end(requestId);
}

void LongWriteRunner::onImported(int requestId, const ImportSummary &summary)
{
    m_client->finish(requestId);
    m_insertedIds.remove(requestId);
    end(requestId);
    if (summary.cancelled) {
        emit info(MainWindow::tr("Import cancelled; nothing was added."), {});
        return;
    }
    m_undo->recordImport(summary.insertedIds, summary.insertedRows);
    QString text
            = MainWindow::tr("%1 %2", "import result: accepted sentence, rejected sentence")
                      .arg(MainWindow::tr("Imported %Ln product(s).", nullptr, summary.accepted),
                           MainWindow::tr("%Ln row(s) rejected.", nullptr, summary.rejected));
    if (summary.skipped > 0)
        text += QLatin1Char(' ')
                + MainWindow::tr("%Ln already in the catalogue skipped.", nullptr, summary.skipped);
    emit info(text, {});
    m_list->reload();
    if (summary.rejected > 0) {
        m_dialogs.report(m_window, MainWindow::tr("Import Report"),
                         MainWindow::tr("%1\n\nFile: %2").arg(text, summary.path),
                         summary.rejections.join(QLatin1Char('\n')));
    }
}

void LongWriteRunner::onImportNeedsDecision(int requestId, const QString &path, int duplicates,
                                            int total)
{
    // Nothing was inserted: ask, then import again with the answer.
    m_client->finish(requestId);
    end(requestId);
    const int answer = m_dialogs.choose(
            m_window, MainWindow::tr("Import Products"),
            MainWindow::tr("%1 of %Ln product(s) are already in the catalogue (same title and "
                           "price).",
                           nullptr, total)
                    .arg(QLocale().toString(duplicates)),
            {MainWindow::tr("Skip Them"), MainWindow::tr("Import All"), MainWindow::tr("Cancel")});
    if (answer == 0)
        startImport(path, DuplicatePolicy::Skip);
    else if (answer == 1)
        startImport(path, DuplicatePolicy::ImportAll);
    else
        emit info(MainWindow::tr("Import cancelled; nothing was added."), {});
}

} // namespace pm
