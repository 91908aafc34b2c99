#include "debug/cacheconsolewidget.h"

#include "cache/cacheconsole.h"
#include "core/urlredaction.h"
#include "worker/productworker.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QVBoxLayout>

namespace pm {

namespace {

/// Far above the window's and the inspector's ids (see CacheInspectorWidget).
int nextRequestId()
{
    static int next = 1'500'000'000;
    return next++;
}

constexpr int MaxHistory = 200;

} // namespace

CacheConsoleWidget::CacheConsoleWidget(ProductWorker *worker, QWidget *parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_header(new QLabel(this))
    , m_output(new QPlainTextEdit(this))
    , m_input(new QLineEdit(this))
    , m_completer(new QCompleter(CacheConsole::commands(), this))
{
    setObjectName(QStringLiteral("consoleTab"));
    m_header->setObjectName(QStringLiteral("consoleHeader"));
    m_header->setText(tr("The low-level cache API, as in the tutorial: get, set, get_or_set, "
                         "incr, touch, ttl… (Up/Down: history, Tab: complete, Ctrl+L: clear)"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_output->setObjectName(QStringLiteral("consoleOutput"));
    m_output->setReadOnly(true);
    m_output->setFont(fixed);
    m_output->setMaximumBlockCount(5000); // bounded like every other log of the panel
    m_output->setAccessibleName(tr("Console output"));
    m_output->setAccessibleDescription(tr("Each command and the cache's answer"));
    m_output->installEventFilter(this);

    m_input->setObjectName(QStringLiteral("consoleInput"));
    setFocusProxy(m_input); // Alt+7 lands in the input, ready to type
    m_input->setFont(fixed);
    m_input->setPlaceholderText(tr("e.g. set my_key \"my new value\" timeout=120"));
    m_input->setAccessibleName(tr("Console command"));
    m_input->setAccessibleDescription(tr("A cache command such as get, set or incr; Enter runs "
                                         "it, Up and Down walk the history, Tab completes"));
    m_completer->setObjectName(QStringLiteral("consoleCompleter"));
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::InlineCompletion);
    m_input->setCompleter(m_completer);
    m_input->installEventFilter(this);
    connect(m_input, &QLineEdit::returnPressed, this, [this] {
        const QString line = m_input->text();
        m_input->clear();
        execute(line);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_output, 1);
    layout->addWidget(m_input);
    setFocusProxy(m_input);

    connect(worker, &ProductWorker::consoleAnswered, this, &CacheConsoleWidget::onAnswer);
    connect(worker, &ProductWorker::failed, this, &CacheConsoleWidget::onFailed);
    connect(worker, &ProductWorker::cacheOpened, this,
            [this](const QString &backend, const QString &redactedUrl) {
                append(tr("# connected to %1 (%2)").arg(backend, redactUrl(redactedUrl)));
            });
}

void CacheConsoleWidget::execute(const QString &line)
{
    const QString trimmed = line.trimmed();
    if (trimmed.isEmpty())
        return;
    if (m_history.isEmpty() || m_history.last() != trimmed) {
        m_history.append(trimmed);
        if (m_history.size() > MaxHistory)
            m_history.removeFirst();
    }
    m_historyPos = int(m_history.size());
    m_draft.clear();
    ProductWorker *worker = m_worker;
    if (!worker)
        return;
    const int id = nextRequestId();
    // Echoed with its answer, so that lines typed ahead never interleave with answers.
    m_pending.insert(id, trimmed);
    QMetaObject::invokeMethod(
            worker, [worker, id, trimmed] { worker->runConsoleCommand(id, trimmed); },
            Qt::QueuedConnection);
}

void CacheConsoleWidget::onAnswer(int requestId, const QString &output)
{
    if (!m_pending.contains(requestId))
        return;
    append(QStringLiteral("> ") + redactUrl(m_pending.take(requestId)));
    if (!output.isEmpty()) // empty for a comment
        append(redactUrl(output), output.startsWith(QLatin1String("error:")));
}

void CacheConsoleWidget::onFailed(int requestId, const Error &error)
{
    if (!m_pending.contains(requestId))
        return;
    append(QStringLiteral("> ") + redactUrl(m_pending.take(requestId)));
    append(redactUrl(tr("error: %1").arg(error.message)), true);
}

void CacheConsoleWidget::append(const QString &text, bool error)
{
    QTextCursor cursor(m_output->document());
    cursor.movePosition(QTextCursor::End);
    if (!m_output->document()->isEmpty())
        cursor.insertBlock();
    QTextCharFormat format;
    if (error)
        format.setForeground(QColor(0xcf, 0x22, 0x2e));
    else if (text.startsWith(QLatin1String("> ")))
        format.setFontWeight(QFont::Bold);
    cursor.insertText(text, format);
    m_output->setTextCursor(cursor);
    m_output->ensureCursorVisible();
}

void CacheConsoleWidget::clearOutput()
{
    m_output->clear();
}

void CacheConsoleWidget::completeCommand()
{
    // Only the command name (the first word) is completed.
    const QString text = m_input->hasSelectedText()
            ? m_input->text().left(m_input->selectionStart())
            : m_input->text();
    if (text.isEmpty() || text.contains(QLatin1Char(' ')))
        return;
    m_completer->setCompletionPrefix(text);
    if (m_completer->completionCount() < 1)
        return;
    m_input->setText(m_completer->currentCompletion() + QLatin1Char(' '));
}

void CacheConsoleWidget::recall(int step)
{
    if (m_history.isEmpty())
        return;
    if (m_historyPos == m_history.size())
        m_draft = m_input->text();
    const int pos = std::clamp(m_historyPos + step, 0, int(m_history.size()));
    if (pos == m_historyPos)
        return;
    m_historyPos = pos;
    m_input->setText(pos == m_history.size() ? m_draft : m_history.at(pos));
}

bool CacheConsoleWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_L && key->modifiers() == Qt::ControlModifier) {
            clearOutput();
            return true;
        }
        if (watched == m_input && key->key() == Qt::Key_Tab && key->modifiers() == Qt::NoModifier) {
            completeCommand();
            return true; // Tab completes here; it never leaves the console
        }
        const bool popup = m_completer->popup() && m_completer->popup()->isVisible();
        if (watched == m_input && !popup && key->modifiers() == Qt::NoModifier) {
            if (key->key() == Qt::Key_Up) {
                recall(-1);
                return true;
            }
            if (key->key() == Qt::Key_Down) {
                recall(+1);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pm
