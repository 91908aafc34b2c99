#pragma once

#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace pm {

class ProductWorker;
struct Error;

/**
 * The Console tab of the debug panel: the cache console of docs/command-line.md (the interpreter of
 * `productmanager-cli cache`), run on the worker thread. History with Up/Down, completion of
 * the command names, Ctrl+L clears the output. URLs in the output have their passwords masked.
 */
class CacheConsoleWidget : public QWidget
{
    Q_OBJECT
public:
    explicit CacheConsoleWidget(ProductWorker *worker, QWidget *parent = nullptr);

    QStringList history() const { return m_history; }
    /// True while a command is unanswered.
    bool isBusy() const { return !m_pending.isEmpty(); }
    /// Runs one line as if typed and entered.
    void execute(const QString &line);
    void clearOutput();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onAnswer(int requestId, const QString &output);
    void onFailed(int requestId, const Error &error);
    void append(const QString &text, bool error = false);
    void recall(int step);
    void completeCommand();

    QPointer<ProductWorker> m_worker;
    QLabel *m_header;
    QPlainTextEdit *m_output;
    QLineEdit *m_input;
    QCompleter *m_completer;
    QStringList m_history;
    int m_historyPos = 0; // == m_history.size(): the line being typed
    QString m_draft; // what was typed before walking the history
    QHash<int, QString> m_pending; // request id → its command, echoed with the answer
};

} // namespace pm
