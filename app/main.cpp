// Composition root: parse arguments, build settings → database → cache → services → window.
#include "mainwindow/mainwindow.h"

#include <QApplication>

#include <cstdio>
#include <cstring>

int main(int argc, char *argv[])
{
    // --version and --help must work without a display: answer them before QApplication.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0) {
            std::printf("productmanager %s\n", PM_VERSION);
            return 0;
        }
    }
    QApplication app(argc, argv);
    pm::MainWindow window;
    window.show();
    return app.exec();
}
