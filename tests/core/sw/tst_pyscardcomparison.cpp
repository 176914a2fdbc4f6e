// Our checkers and chains against pyscard itself, on all 65536 status words. Runs Debian's
// /usr/bin/python3 (the one python3-pyscard is installed for, not whichever python3 comes
// first on PATH) with pyscard_sw_classes.py. A missing interpreter or pyscard fails the
// test: a comparison that did not run must not look like one that passed.
#include "sw/errorcheckingchain.h"
#include "sw/iso7816_4_sw1errorchecker.h"
#include "sw/iso7816_4errorchecker.h"
#include "sw/iso7816_8errorchecker.h"
#include "sw/iso7816_9errorchecker.h"
#include "sw/op21_errorchecker.h"

#include <QProcess>
#include <QTest>

using namespace smartcard;

namespace {

// The same checkers and chains as pyscard_sw_classes.py builds, in its column order.
std::vector<std::shared_ptr<const ErrorChecker>> columns()
{
    auto chainA = std::make_shared<ErrorCheckingChain>(ErrorCheckingChain {
        std::make_shared<ISO7816_4ErrorChecker>(), std::make_shared<ISO7816_4_SW1ErrorChecker>() });
    chainA->addFilterException<WarningProcessingException>(0);

    auto chainB = std::make_shared<ErrorCheckingChain>(
        ErrorCheckingChain { std::make_shared<ISO7816_8ErrorChecker>(), std::make_shared<op21_ErrorChecker>(),
            std::make_shared<ISO7816_9ErrorChecker>(), std::make_shared<ISO7816_4_SW1ErrorChecker>() });
    chainB->addFilterException<CheckingErrorException>(2);
    chainB->addFilterException<SWException>(0);

    auto chainC = std::make_shared<ErrorCheckingChain>(
        ErrorCheckingChain { std::make_shared<ISO7816_9ErrorChecker>() });
    chainC->addFilterException<CheckingErrorException>(0);
    chainC->append(std::make_shared<ISO7816_4ErrorChecker>());

    return { std::make_shared<ISO7816_4ErrorChecker>(), std::make_shared<ISO7816_4_SW1ErrorChecker>(),
        std::make_shared<ISO7816_8ErrorChecker>(), std::make_shared<ISO7816_9ErrorChecker>(),
        std::make_shared<op21_ErrorChecker>(), chainA, chainB, chainC };
}

const char *const columnNames[] = { "ISO7816_4ErrorChecker", "ISO7816_4_SW1ErrorChecker",
    "ISO7816_8ErrorChecker", "ISO7816_9ErrorChecker", "op21_ErrorChecker", "chain A", "chain B", "chain C" };

QString ourAnswer(const ErrorChecker &checker, int sw)
{
    const std::optional<SWExceptionKind> kind = checker.raisedKind(std::uint8_t(sw >> 8), std::uint8_t(sw));
    return kind ? exceptionClassName(*kind) : QStringLiteral("-");
}

} // namespace

class TestPyscardComparison : public QObject
{
    Q_OBJECT

private slots:
    void agreesWithPyscardOnEveryStatusWord();
};

void TestPyscardComparison::agreesWithPyscardOnEveryStatusWord()
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), { QStringLiteral(PYSCARD_SW_SCRIPT) });
    QVERIFY2(python.waitForFinished(60000), qPrintable(python.errorString()));
    const QByteArray errors = python.readAllStandardError();
    QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0, errors.constData());
    const QList<QByteArray> lines = python.readAllStandardOutput().split('\n');
    QCOMPARE(lines.size(), 0x10000 + 1); // one per status word, and the empty rest after the last newline

    const auto checkers = columns();
    QStringList mismatches;
    for (int sw = 0; sw <= 0xFFFF; ++sw) {
        const QStringList fields = QString::fromLatin1(lines.at(sw)).split(' ');
        QCOMPARE(fields.size(), 1 + int(checkers.size()));
        QCOMPARE(fields.at(0).toInt(nullptr, 16), sw);
        for (std::size_t i = 0; i < checkers.size(); ++i) {
            const QString ours = ourAnswer(*checkers[i], sw);
            if (ours != fields.at(int(i) + 1))
                mismatches << QStringLiteral("%1 %2: pyscard %3, ours %4")
                                  .arg(fields.at(0), QLatin1String(columnNames[i]), fields.at(int(i) + 1),
                                      ours);
        }
    }
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.mid(0, 20).join('\n')));
}

QTEST_GUILESS_MAIN(TestPyscardComparison)
#include "tst_pyscardcomparison.moc"
