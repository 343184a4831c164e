// Thin entry point: everything lives in the app library so the tests can reach it.
#include "shell/command_line.h"

int main(int argc, char** argv) {
    return dealgraph::app::runMain(argc, argv);
}
