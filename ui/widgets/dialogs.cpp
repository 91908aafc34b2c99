#include "widgets/dialogs.h"

#include "debug/cachevaluedialog.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace pm {

bool StandardDialogs::confirm(QWidget *parent, const QString &title, const QString &text,
                              const QString &confirmLabel)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("confirmBox"));
    QPushButton *yes = box.addButton(confirmLabel, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel); // a stray Enter must not delete anything
    box.exec();
    return box.clickedButton() == yes;
}

QString StandardDialogs::openFileName(QWidget *parent, const QString &caption,
                                      const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

std::optional<int> StandardDialogs::integer(QWidget *parent, const QString &title,
                                            const QString &label, int value, int minimum,
                                            int maximum)
{
    bool ok = false;
    const int n = QInputDialog::getInt(parent, title, label, value, minimum, maximum, 1, &ok);
    if (!ok)
        return std::nullopt;
    return n;
}

void StandardDialogs::report(QWidget *parent, const QString &title, const QString &text,
                             const QString &details)
{
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("reportBox"));
    if (!details.isEmpty())
        box.setDetailedText(details);
    box.exec();
}

void StandardDialogs::about(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::about(parent, title, text);
}

std::optional<CacheValueInput> StandardDialogs::cacheValue(QWidget *parent, const QString &title,
                                                           const CacheValueInput &initial,
                                                           bool newKey)
{
    CacheValueDialog dialog(initial, newKey, parent);
    dialog.setWindowTitle(title);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.input();
}

int Dialogs::choose(QWidget *, const QString &, const QString &, const QStringList &)
{
    return -1;
}

QString Dialogs::saveFileName(QWidget *, const QString &, const QString &, const QString &)
{
    return QString();
}

int StandardDialogs::choose(QWidget *parent, const QString &title, const QString &text,
                            const QStringList &buttons)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("chooseBox"));
    QList<QPushButton *> pushButtons;
    for (const QString &label : buttons)
        pushButtons << box.addButton(label, QMessageBox::ActionRole);
    if (!pushButtons.isEmpty()) {
        box.setDefaultButton(pushButtons.first());
        box.setEscapeButton(pushButtons.last()); // the last answer is the cautious one
    }
    box.exec();
    return int(pushButtons.indexOf(qobject_cast<QPushButton *>(box.clickedButton())));
}

QString StandardDialogs::saveFileName(QWidget *parent, const QString &caption,
                                      const QString &filter, const QString &suggestedName)
{
    return QFileDialog::getSaveFileName(parent, caption, suggestedName, filter);
}

} // namespace pm
