#pragma once

#include "mainwindow/windowmessages.h"

#include <QHash>
#include <QList>
#include <QPointer>

#include <functional>

class QProgressDialog;
class QWidget;

namespace pm {

class Dialogs;
class ListLoadController;
class ProductWorker;
class UndoController;
class WorkerClient;
enum class DuplicatePolicy;
struct ImportSummary;

/// The long, cancellable writes: import, seed and export, one at a time, each with a progress
/// dialog (counts and a Cancel button) that only shows when the write takes a while.
class LongWriteRunner : public WindowMessages
{
    Q_OBJECT
public:
    LongWriteRunner(QWidget *window, ProductWorker *worker, WorkerClient *client,
                    UndoController *undo, ListLoadController *list, Dialogs &dialogs);

    void connectWorker();
    /// File ▸ Import…, File ▸ Export… and File ▸ Seed Demo Data…: ask, then write.
    void importFile();
    void exportFile();
    void seedDemoData();
    /// After the first open: --seed N, then --import FILE (one long write at a time, so the
    /// import waits for the seed); without either, `offerDemo` asks for demo data.
    void startFirstWrites(int seedCount, const QString &importFile, bool offerDemo);
    /// Another catalogue opened: a waiting --import belongs to the first one.
    void forgetImportAfterSeed() { m_importAfterSeed.clear(); }
    /// Asks a running write to stop (the window is closing).
    void cancelRunning();
    /// A request failed: if it was the running write, it ended.
    void failed(int requestId);

private:
    /// A new, empty catalogue: offer demo data.
    void askForDemoData();
    void startSeed(int count);
    void startImport(const QString &path);
    void startImport(const QString &path, DuplicatePolicy duplicates);
    /// Sends a long, cancellable write with a progress dialog.
    void start(const QString &label, const QString &failureText,
               std::function<void(ProductWorker *, int)> call);
    void end(int requestId);
    void onProgressed(int requestId, int done, int total);
    void onImported(int requestId, const pm::ImportSummary &summary);
    void onImportNeedsDecision(int requestId, const QString &path, int duplicates, int total);

    QWidget *m_window;
    ProductWorker *m_worker;
    WorkerClient *m_client;
    UndoController *m_undo;
    ListLoadController *m_list;
    Dialogs &m_dialogs;
    QPointer<QProgressDialog> m_progress;
    int m_request = 0; // the running import, seed or export, 0 if none
    QString m_kind; // "import", "seed" or "export": the progress dialog's words
    QString m_importAfterSeed; // --import, started once the --seed ends
    QHash<int, QList<qint64>> m_insertedIds; // request id → ids a seed inserted
};

} // namespace pm
