// Helper of tst_sessionjournal: journals N entries (sample::numbered), prints
// "ready <journal path>" and then waits for ever, to be killed with SIGKILL.
#include "log/sessionjournal.h"
#include "sampleentries.h"

#include <QCoreApplication>

#include <unistd.h>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: journalwriterchild DIR N\n");
        return 2;
    }
    smartcard::SessionJournal journal(QString::fromLocal8Bit(argv[1]));
    if (!journal.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(journal.errorString()));
        return 1;
    }
    const int count = std::atoi(argv[2]);
    for (int i = 0; i < count; ++i)
        journal.append(sample::numbered(i));
    std::printf("ready %s\n", qPrintable(journal.path()));
    std::fflush(stdout);
    for (;;)
        ::pause();
}
