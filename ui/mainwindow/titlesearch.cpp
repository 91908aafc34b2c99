#include "mainwindow/titlesearch.h"

#include "catalogue/productproxymodel.h"
#include "mainwindow/mainwindow.h"

#include <QLineEdit>
#include <QShortcut>
#include <QTimer>

namespace pm {

TitleSearch::TitleSearch(ProductProxyModel *proxy, QWidget *parent)
    : QObject(parent)
    , m_proxy(proxy)
    , m_edit(new QLineEdit(parent))
{
    m_edit->setObjectName(QStringLiteral("searchEdit"));
    m_edit->setAccessibleName(MainWindow::tr("Search titles"));
    m_edit->setPlaceholderText(
            MainWindow::tr("Search titles (%1)")
                    .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(180);
    m_edit->setMaximumWidth(320);
    // Escape in the search box clears it and gives the keyboard back to the table.
    auto *clearSearch = new QShortcut(QKeySequence(Qt::Key_Escape), m_edit);
    clearSearch->setContext(Qt::WidgetShortcut);
    connect(clearSearch, &QShortcut::activated, this, [this] {
        m_edit->clear();
        emit left();
    });
    // Typing is debounced (each filter of 1M rows is a background pass); clearing is at once.
    m_timer = new QTimer(parent);
    m_timer->setSingleShot(true);
    m_timer->setInterval(150);
    connect(m_timer, &QTimer::timeout, this, &TitleSearch::apply);
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty()) {
            m_timer->stop();
            apply();
        } else {
            m_timer->start();
        }
    });
}

void TitleSearch::apply()
{
    m_proxy->setTitleFilter(m_edit->text());
    emit filterApplied();
}

} // namespace pm
