#!/usr/bin/python3
"""Asks pyscard itself which exception class each of its status word checkers, and three
filtered chains, raise for every status word, for tst_pyscardcomparison.

One line per SW, 0000 to FFFF:
    SW iso7816_4 iso7816_4_sw1 iso7816_8 iso7816_9 op21 chainA chainB chainC
with a class name, or "-" when nothing is raised. The chains (see the C++ test):
    A: ISO7816_4, ISO7816_4_SW1; WarningProcessingException filtered from link 0
    B: ISO7816_8, op21, ISO7816_9, ISO7816_4_SW1; CheckingErrorException filtered from
       link 2, SWException (the base class) from link 0
    C: ISO7816_9; CheckingErrorException filtered from link 0; then ISO7816_4 appended
"""

import sys

from smartcard.sw import SWExceptions
from smartcard.sw.ErrorCheckingChain import ErrorCheckingChain
from smartcard.sw.ISO7816_4ErrorChecker import ISO7816_4ErrorChecker
from smartcard.sw.ISO7816_4_SW1ErrorChecker import ISO7816_4_SW1ErrorChecker
from smartcard.sw.ISO7816_8ErrorChecker import ISO7816_8ErrorChecker
from smartcard.sw.ISO7816_9ErrorChecker import ISO7816_9ErrorChecker
from smartcard.sw.op21_ErrorChecker import op21_ErrorChecker


def build_chain(strategies):
    links = []
    for strategy in strategies:
        ErrorCheckingChain(links, strategy)
    return links


def raised(callable_, sw1, sw2):
    try:
        callable_([], sw1, sw2)
    except SWExceptions.SWException as exc:
        return type(exc).__name__
    return "-"


def main():
    checkers = [ISO7816_4ErrorChecker(), ISO7816_4_SW1ErrorChecker(), ISO7816_8ErrorChecker(),
                ISO7816_9ErrorChecker(), op21_ErrorChecker()]

    chain_a = build_chain([ISO7816_4ErrorChecker(), ISO7816_4_SW1ErrorChecker()])
    chain_a[0].addFilterException(SWExceptions.WarningProcessingException)

    chain_b = build_chain([ISO7816_8ErrorChecker(), op21_ErrorChecker(), ISO7816_9ErrorChecker(),
                           ISO7816_4_SW1ErrorChecker()])
    chain_b[2].addFilterException(SWExceptions.CheckingErrorException)
    chain_b[0].addFilterException(SWExceptions.SWException)

    chain_c = build_chain([ISO7816_9ErrorChecker()])
    chain_c[0].addFilterException(SWExceptions.CheckingErrorException)
    ErrorCheckingChain(chain_c, ISO7816_4ErrorChecker())

    callables = checkers + [chain_a[0], chain_b[0], chain_c[0]]
    out = []
    for sw in range(0x10000):
        sw1, sw2 = sw >> 8, sw & 0xFF
        out.append("%04X %s" % (sw, " ".join(raised(c, sw1, sw2) for c in callables)))
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
