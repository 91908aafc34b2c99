#include "debug/cacheinspectorwidget.h"

#include "cache/cacheconsole.h"
#include "cache/valuecodec.h"
#include "debug/inspectorkeymodel.h"
#include "debug/invalidationlogmodel.h"
#include "debug/productpreviewmodel.h"
#include "widgets/dialogs.h"
#include "worker/productworker.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <utility>

namespace pm {

namespace {

/// Request ids of this tab start far above the window's, so that answers (and failures) of
/// the two are never confused.
int nextRequestId()
{
    static int next = 1'000'000'000;
    return next++;
}

/// A key, quoted into rich text, isolated left to right.
QString keyHtml(const QByteArray &key)
{
    return InspectorKeyModel::ltr(QString::fromUtf8(key)).toHtmlEscaped();
}

QString keyText(const QByteArray &key)
{
    return InspectorKeyModel::ltr(QString::fromUtf8(key));
}

} // namespace

void CacheInspectorWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_ttlTimer->start();
    tickTtl(); // time passed while hidden
    if (!m_loadedOnce)
        refresh();
}

void CacheInspectorWidget::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_ttlTimer->stop();
}

QAbstractItemView *CacheInspectorWidget::keyView() const
{
    return isGrouped() ? static_cast<QAbstractItemView *>(m_keyTree) : m_keyTable;
}

bool CacheInspectorWidget::isGrouped() const
{
    return m_keyStack->currentWidget() == m_keyTree;
}

void CacheInspectorWidget::setGrouped(bool grouped)
{
    if (grouped == isGrouped()) {
        m_group->setChecked(grouped);
        return;
    }
    const QByteArray key = selectedKey();
    const bool focused = keyView()->hasFocus();
    m_keyStack->setCurrentWidget(grouped ? static_cast<QWidget *>(m_keyTree) : m_keyTable);
    m_group->setChecked(grouped); // its toggled() comes back here and returns at once
    if (grouped)
        rebuildTree();
    if (!key.isEmpty())
        selectKey(key);
    if (focused)
        keyView()->setFocus();
    syncSelection();
}

void CacheInspectorWidget::rebuildTree()
{
    if (!isGrouped())
        return;
    const QByteArray selected = selectedKey();
    m_treeModel->clear();
    m_treeTtl.clear();
    m_treeModel->setHorizontalHeaderLabels({tr("Key"), tr("Type"), tr("Size (bytes)"), tr("TTL")});
    // prefix → version → rows, each sorted.
    QMap<QString, QMap<int, QList<int>>> groups;
    for (int row = 0; row < m_keys->rowCount(); ++row) {
        const InspectorKey &k = m_keys->keyAt(row);
        QString prefix = tr("(other keys)");
        if (k.version >= 0) {
            const qsizetype tail = k.userKey.toUtf8().size() + QByteArray::number(k.version).size()
                    + 2; // ":version:"
            prefix = QString::fromUtf8(k.key.left(qMax<qsizetype>(0, k.key.size() - tail)));
        }
        groups[prefix][k.version].append(row);
    }
    auto cell = [](const QString &text) {
        auto *item = new QStandardItem(text);
        item->setEditable(false);
        return item;
    };
    for (auto p = groups.cbegin(); p != groups.cend(); ++p) {
        QStandardItem *prefixItem
                = cell(p.key().isEmpty() ? tr("(no prefix)") : InspectorKeyModel::ltr(p.key()));
        for (auto v = p.value().cbegin(); v != p.value().cend(); ++v) {
            QStandardItem *versionItem
                    = cell(v.key() < 0 ? tr("version ?") : tr("version %1").arg(v.key()));
            QList<int> rows = v.value();
            std::sort(rows.begin(), rows.end(),
                      [this](int a, int b) { return m_keys->keyAt(a).key < m_keys->keyAt(b).key; });
            for (int row : std::as_const(rows)) {
                const InspectorKey &k = m_keys->keyAt(row);
                auto text = [this, row](int column) {
                    return m_keys->index(row, column).data().toString();
                };
                QStandardItem *name = cell(InspectorKeyModel::ltr(
                        k.version >= 0 ? k.userKey : QString::fromUtf8(k.key)));
                name->setData(k.key, InspectorKeyModel::MadeKeyRole);
                name->setToolTip(keyText(k.key));
                QStandardItem *size = cell(text(InspectorKeyModel::SizeColumn));
                size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                QStandardItem *ttl = cell(text(InspectorKeyModel::TtlColumn));
                ttl->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_treeTtl.insert(k.key, ttl);
                versionItem->appendRow({name, cell(k.type), size, ttl});
            }
            prefixItem->appendRow(versionItem);
        }
        m_treeModel->appendRow(prefixItem);
    }
    m_keyTree->expandAll();
    m_keyTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_keyTree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    tickTtl();
    if (!selected.isEmpty())
        selectKey(selected);
    syncSelection(); // the selected key may be gone
}

void CacheInspectorWidget::tickTtl()
{
    m_keys->tick();
    for (auto it = m_treeTtl.cbegin(); it != m_treeTtl.cend(); ++it) {
        const int row = m_keys->rowOfKey(it.key());
        if (row < 0)
            continue;
        const QModelIndex ttl = m_keys->index(row, InspectorKeyModel::TtlColumn);
        it.value()->setText(ttl.data().toString());
        it.value()->setData(ttl.data(Qt::ForegroundRole), Qt::ForegroundRole);
    }
}

void CacheInspectorWidget::selectKey(const QByteArray &key)
{
    QModelIndex index;
    if (isGrouped()) {
        if (QStandardItem *ttl = m_treeTtl.value(key))
            index = m_treeModel->indexFromItem(ttl).siblingAtColumn(0);
    } else if (const int row = m_keys->rowOfKey(key); row >= 0) {
        index = m_keyProxy->mapFromSource(m_keys->index(row, 0));
    }
    if (!index.isValid())
        return;
    QAbstractItemView *view = keyView();
    view->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(index);
}

void CacheInspectorWidget::clearPreview()
{
    m_previewRequest = 0; // an answer still on its way is for a key no longer selected
    m_previewKey.clear();
    m_shownKey.clear();
    m_editText.clear();
    m_editable = false;
    m_previewHeader->setText(tr("Select a key to see its value."));
    m_previewText->clear();
    m_previewStack->setCurrentWidget(m_previewText);
}

void CacheInspectorWidget::syncSelection()
{
    const QByteArray key = selectedKey();
    if (key != m_previewKey) {
        if (key.isEmpty()) {
            clearPreview();
        } else {
            m_previewKey = key;
            m_shownKey.clear();
            m_editText.clear();
            m_editable = false;
            m_previewHeader->setText(tr("Loading %1…").arg(keyText(key)));
            m_previewText->clear();
            m_previewStack->setCurrentWidget(m_previewText);
            m_previewRequest = send([key](ProductWorker *w, int id) { w->previewKey(id, key); });
        }
    }
    updateButtons();
}

int CacheInspectorWidget::send(std::function<void(ProductWorker *, int)> call)
{
    const int id = nextRequestId();
    ProductWorker *worker = m_worker;
    if (!worker)
        return id;
    m_pending.insert(id);
    // The worker is the context object: the lambda runs in the worker thread.
    QMetaObject::invokeMethod(
            worker, [worker, id, call = std::move(call)] { call(worker, id); },
            Qt::QueuedConnection);
    updateButtons();
    return id;
}

bool CacheInspectorWidget::take(int requestId)
{
    const bool mine = m_pending.remove(requestId);
    if (mine)
        updateButtons();
    return mine;
}

QString CacheInspectorWidget::glob() const
{
    const QString text = m_filter->text().trimmed();
    return text.isEmpty() ? QStringLiteral("*") : text;
}

QByteArray CacheInspectorWidget::selectedKey() const
{
    const QItemSelectionModel *selection = keyView()->selectionModel();
    const QModelIndex current = selection->currentIndex();
    if (!current.isValid() || !selection->isRowSelected(current.row(), current.parent()))
        return {};
    return current.siblingAtColumn(0).data(InspectorKeyModel::MadeKeyRole).toByteArray();
}

void CacheInspectorWidget::refresh()
{
    m_loadedOnce = true;
    m_keys->clear();
    m_cursor.clear();
    const QString pattern = glob();
    const int pageSize = m_pageSize;
    showStatus(tr("Loading…"));
    m_listRequest = send([pattern, pageSize](ProductWorker *w, int id) {
        w->inspectKeys(id, QByteArray(), pageSize, pattern, false);
    });
}

void CacheInspectorWidget::loadMore()
{
    if (m_cursor.isEmpty())
        return;
    const QString pattern = glob();
    const QByteArray cursor = m_cursor;
    const int pageSize = m_pageSize;
    showStatus(tr("Loading…"));
    m_listRequest = send([pattern, cursor, pageSize](ProductWorker *w, int id) {
        w->inspectKeys(id, cursor, pageSize, pattern, false);
    });
}

void CacheInspectorWidget::loadAll()
{
    m_loadedOnce = true;
    m_keys->clear();
    m_cursor.clear();
    const QString pattern = glob();
    showStatus(tr("Loading every key…"));
    m_listRequest = send([pattern](ProductWorker *w, int id) {
        w->inspectKeys(id, QByteArray(), 0, pattern, true);
    });
}

void CacheInspectorWidget::onKeys(int requestId, const InspectorPage &page)
{
    if (!take(requestId) || requestId != m_listRequest)
        return;
    m_keys->append(page.keys);
    m_cursor = page.cursor;
    if (!m_selectAfterList.isEmpty() && m_keys->rowOfKey(m_selectAfterList) >= 0)
        selectKey(std::exchange(m_selectAfterList, QByteArray()));
    const int shown = m_keys->rowCount();
    showStatus(m_cursor.isEmpty() ? tr("%n key(s)", nullptr, shown)
                                  : tr("%n key(s) so far; more in the namespace", nullptr, shown));
    updateButtons();
}

void CacheInspectorWidget::applyAction(KeyAction action)
{
    const QByteArray key = selectedKey();
    if (key.isEmpty())
        return;
    const qint64 seconds = m_seconds->value();
    send([action, key, seconds](ProductWorker *w, int id) {
        w->applyKeyAction(id, action, key, seconds);
    });
}

void CacheInspectorWidget::addKey()
{
    CacheValueInput initial;
    const auto input = m_dialogs.cacheValue(this, tr("Add key"), initial, true);
    if (!input || input->key.isEmpty())
        return;
    const CacheValueInput in = *input;
    const QVariant value = CacheConsole::parseValue(in.value);
    showStatus(tr("Storing %1…").arg(InspectorKeyModel::ltr(in.key)));
    send([in, value](ProductWorker *w, int id) {
        w->storeKey(id, in.key, in.version, value, in.seconds);
    });
}

void CacheInspectorWidget::editValue()
{
    const QByteArray key = selectedKey();
    const int row = m_keys->rowOfKey(key);
    if (key.isEmpty() || key != m_shownKey || !m_editable || row < 0
        || m_keys->keyAt(row).version < 0)
        return;
    CacheValueInput initial;
    initial.key = m_keys->keyAt(row).userKey;
    initial.version = m_keys->keyAt(row).version;
    initial.value = m_editText;
    const KeyTtl ttl = m_keys->remainingTtl(row);
    initial.seconds = ttl.state == KeyTtl::State::Expiring ? (ttl.ms + 999) / 1000 : 0;
    const auto input = m_dialogs.cacheValue(this, tr("Edit value"), initial, false);
    if (!input)
        return;
    CacheValueInput in = *input;
    in.key = initial.key; // only the value and the timeout change
    in.version = initial.version;
    const QVariant value = CacheConsole::parseValue(in.value);
    showStatus(tr("Storing %1…").arg(keyText(key)));
    send([in, value](ProductWorker *w, int id) {
        w->storeKey(id, in.key, in.version, value, in.seconds);
    });
}

void CacheInspectorWidget::onAction(int requestId, const KeyActionResult &result)
{
    if (!take(requestId))
        return;
    const QString key = keyText(result.key);
    if (!result.applied) {
        // Gone in the meantime (expired, or removed by another instance).
        m_keys->removeKey(result.key);
        showStatus(tr("%1 no longer exists.").arg(key), true);
        return;
    }
    switch (result.action) {
    case KeyAction::Delete:
        m_keys->removeKey(result.key);
        showStatus(tr("Deleted %1.").arg(key));
        break;
    case KeyAction::Touch:
    case KeyAction::Expire:
    case KeyAction::Persist:
        m_keys->setTtl(result.key, result.ttl);
        showStatus(tr("%1: TTL %2.").arg(key, InspectorKeyModel::formatTtl(result.ttl)));
        break;
    case KeyAction::Set:
        showStatus(tr("Stored %1.").arg(key));
        // List again for the real type and size, then show the stored value.
        m_selectAfterList = result.key;
        if (m_previewKey == result.key)
            m_previewKey.clear(); // its preview is out of date
        refresh();
        break;
    }
    updateButtons();
}

void CacheInspectorWidget::onPreview(int requestId, const KeyPreview &preview)
{
    if (!take(requestId) || requestId != m_previewRequest || preview.key != m_previewKey)
        return;
    m_shownKey = preview.key;
    m_editText.clear();
    m_editable = false;
    if (preview.kind == KeyPreview::Kind::Text) {
        // A string that reads as a number or JSON is quoted, so storing it again keeps it text.
        const bool text = preview.type == QLatin1String("string");
        const QVariant parsed = CacheConsole::parseValue(preview.text);
        const bool readsBack = parsed.metaType() == QMetaType::fromType<QString>()
                && parsed.toString() == preview.text;
        m_editText = text && !readsBack ? CacheConsole::toJson(preview.text) : preview.text;
        m_editable = true;
    }
    showPreview(preview);
    updateButtons();
}

void CacheInspectorWidget::showPreview(const KeyPreview &p)
{
    const QString key = keyText(p.key);
    switch (p.kind) {
    case KeyPreview::Kind::Missing:
        m_previewHeader->setText(tr("%1 no longer exists (expired or removed).").arg(key));
        m_previewText->clear();
        m_previewStack->setCurrentWidget(m_previewText);
        break;
    case KeyPreview::Kind::ProductList:
        m_previewHeader->setText(tr("<b>%1</b> · product list · catalogue %2 · list version %3 · "
                                    "%n product(s)",
                                    nullptr, int(p.products.size()))
                                         .arg(keyHtml(p.key))
                                         .arg(p.catalogueId)
                                         .arg(p.listVersion));
        m_previewProducts->setProducts(p.products);
        m_previewStack->setCurrentWidget(m_previewTable);
        break;
    case KeyPreview::Kind::Text:
        m_previewHeader->setText(tr("<b>%1</b> · %2").arg(keyHtml(p.key), p.type.toHtmlEscaped()));
        m_previewText->setPlainText(p.text);
        m_previewStack->setCurrentWidget(m_previewText);
        break;
    case KeyPreview::Kind::Hex: {
        QString header
                = tr("<b>%1</b> · %2 · cannot be decoded: %3")
                          .arg(keyHtml(p.key), p.type.toHtmlEscaped(), p.reason.toHtmlEscaped());
        if (p.totalBytes > p.bytes.size())
            header += QLatin1Char(' ')
                    + tr("(first %1 of %2 bytes)")
                              .arg(QLocale().toString(p.bytes.size()),
                                   QLocale().toString(p.totalBytes));
        m_previewHeader->setText(header);
        m_previewText->setPlainText(CacheInspector::hexDump(p.bytes));
        m_previewStack->setCurrentWidget(m_previewText);
        break;
    }
    }
}

void CacheInspectorWidget::askClear()
{
    showStatus(tr("Counting the keys of the namespace…"));
    send([](ProductWorker *w, int id) { w->countNamespace(id); });
}

void CacheInspectorWidget::onCounted(int requestId, qint64 count)
{
    if (!take(requestId))
        return;
    // The dry run comes first: the user sees what would go before anything goes.
    const QString dryRun = tr("Would remove %n key(s).", nullptr, int(count));
    showStatus(dryRun);
    if (count == 0)
        return;
    const bool confirmed = m_dialogs.confirm(
            this, tr("Clear namespace"),
            tr("This removes every key of this cache's namespace and nothing else: %1 Other "
               "keys in the same Redis database are left alone.")
                    .arg(dryRun),
            tr("Clear namespace"));
    if (!confirmed) {
        showStatus(tr("%1 Nothing was removed.").arg(dryRun));
        return;
    }
    send([](ProductWorker *w, int id) { w->clearNamespace(id); });
}

void CacheInspectorWidget::onCleared(int requestId, qint64 removed)
{
    if (!take(requestId))
        return;
    // The namespace is empty now; what is written later shows up on Refresh.
    m_keys->clear();
    m_cursor.clear();
    updateButtons();
    showStatus(tr("Removed %n key(s) of the namespace.", nullptr, int(removed)));
}

void CacheInspectorWidget::onConsistency(int requestId, const ConsistencyReport &report)
{
    if (!take(requestId))
        return;
    m_consistency->setText(report.summary());
    if (report.isConsistent())
        m_consistency->setStyleSheet(QStringLiteral("color: #1a7f37;"));
    else if (report.cached || report.foreignValue || report.otherCatalogue)
        m_consistency->setStyleSheet(QStringLiteral("color: #cf222e;"));
    else
        m_consistency->setStyleSheet(QString());
}

void CacheInspectorWidget::onFailed(int requestId, const Error &error)
{
    if (!take(requestId))
        return;
    showStatus(tr("Failed: %1").arg(error.message), true);
}

void CacheInspectorWidget::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #cf222e;") : QString());
}

void CacheInspectorWidget::updateButtons()
{
    const QByteArray key = selectedKey();
    const bool hasKey = !key.isEmpty();
    for (QPushButton *button : std::as_const(m_keyButtons))
        button->setEnabled(hasKey);
    // Editable once the selected key's own value is shown as text.
    const int row = m_keys->rowOfKey(key);
    m_editButton->setEnabled(hasKey && key == m_shownKey && m_editable && row >= 0
                             && m_keys->keyAt(row).version >= 0);
    m_loadMore->setEnabled(!m_cursor.isEmpty());
}

} // namespace pm
