#include "mainwindow/mainwindow.h"

namespace pm {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Product Manager"));
}

} // namespace pm
