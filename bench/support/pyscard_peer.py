#!/usr/bin/python3
"""The pyscard side of CardScope's benchmarks (bench/README.md).

Run with Debian's /usr/bin/python3 (python3-pyscard) and the benchmark's PCSCLITE_CSOCK_NAME.

  pyscard_peer.py READER          serve requests, one per line on stdin:
      transmit HEX N   N x CardConnection.transmit(HEX) on one connection
      connect N        N x connect() + disconnect() on one connection object
      fresh N          N x createConnection() + connect() + disconnect() + release of the context
    each answered by one line: "ok WALL_NS CPU_NS D1 ... DN" (nanoseconds: the whole loop,
    this thread's CPU time over it, then each operation), or "error TEXT".
  pyscard_peer.py --list          print every reader and its card's ATR from the reader
                                  state (no connection), then exit: what `cardscope-cli list`
                                  does, for start-up times.

Connections are shared, T=0 or T=1, and leave the card on disconnect (pyscard's default
unpowers it; CardScope's leaves it: the same disposition on both sides).
"""
import sys
import time

from smartcard.System import readers
from smartcard.scard import (SCARD_LEAVE_CARD, SCARD_SCOPE_USER, SCARD_STATE_PRESENT,
                             SCARD_STATE_UNAWARE, SCardEstablishContext, SCardGetStatusChange,
                             SCardReleaseContext)
from smartcard.util import toHexString


def reader_named(name):
    for reader in readers():
        if str(reader) == name:
            return reader
    raise SystemExit("pyscard_peer: no reader named %r" % name)


def timed(count, operation):
    clock = time.perf_counter_ns
    durations = [0] * count
    cpu_start = time.thread_time_ns()
    start = clock()
    for i in range(count):
        before = clock()
        operation()
        durations[i] = clock() - before
    wall = clock() - start
    cpu = time.thread_time_ns() - cpu_start
    return "ok %d %d %s" % (wall, cpu, " ".join(map(str, durations)))


def serve(name):
    reader = reader_named(name)
    connection = reader.createConnection()
    connection.connect(disposition=SCARD_LEAVE_CARD)
    cycling = reader.createConnection()
    print("ready", flush=True)
    for line in sys.stdin:
        words = line.split()
        try:
            if words[0] == "transmit":
                command = list(bytes.fromhex(words[1]))
                reply = timed(int(words[2]), lambda: connection.transmit(command))
            elif words[0] == "connect":
                def cycle():
                    cycling.connect(disposition=SCARD_LEAVE_CARD)
                    cycling.disconnect()
                reply = timed(int(words[1]), cycle)
            elif words[0] == "fresh":
                def fresh():
                    other = reader.createConnection()
                    other.connect(disposition=SCARD_LEAVE_CARD)
                    other.disconnect()
                    del other  # CPython releases the context (PCSCCardConnection.__del__) here
                reply = timed(int(words[1]), fresh)
            else:
                reply = "error unknown request %r" % words[0]
        except Exception as error:  # reported to the benchmark, which stops
            reply = "error %s" % error
        print(reply, flush=True)


def list_readers():
    names = [str(reader) for reader in readers()]
    hresult, context = SCardEstablishContext(SCARD_SCOPE_USER)
    hresult, states = SCardGetStatusChange(context, 0, [(name, SCARD_STATE_UNAWARE) for name in names])
    for name, state, atr in states:
        present = state & SCARD_STATE_PRESENT
        print("%s: %s" % (name, toHexString(atr) if present else "no card"))
    SCardReleaseContext(context)


if __name__ == "__main__":
    if sys.argv[1:] == ["--list"]:
        list_readers()
    elif len(sys.argv) == 2:
        serve(sys.argv[1])
    else:
        raise SystemExit(__doc__)
