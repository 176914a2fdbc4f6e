#!/usr/bin/python3
"""pyscard's CardMonitor for bench_monitor (bench/README.md).

Run with Debian's /usr/bin/python3 (python3-pyscard) and the benchmark's PCSCLITE_CSOCK_NAME.
Prints "ready" once its observer is registered, then one line per card event as its
CardObserver is told: "inserted NS READER" or "removed NS READER", NS being CLOCK_MONOTONIC
nanoseconds (the benchmark's clock) when update() was called. Exits at the end of stdin.
"""
import sys
import time

from smartcard.CardMonitoring import CardMonitor, CardObserver


class Printer(CardObserver):
    def update(self, observable, actions):
        now = time.clock_gettime_ns(time.CLOCK_MONOTONIC)
        added, removed = actions
        for card in added:
            print("inserted %d %s" % (now, card.reader), flush=True)
        for card in removed:
            print("removed %d %s" % (now, card.reader), flush=True)


def main():
    monitor = CardMonitor()
    printer = Printer()
    monitor.addObserver(printer)
    print("ready", flush=True)
    sys.stdin.read()
    monitor.deleteObserver(printer)


if __name__ == "__main__":
    main()
