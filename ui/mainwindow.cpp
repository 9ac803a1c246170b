#include "ui/mainwindow.h"

namespace dealdesk {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent) {}

MainWindow::~MainWindow() = default;

} // namespace dealdesk
