#!/usr/bin/python3
"""Reads ATRs in hex, one per line ('""' for an empty one), from stdin and prints what pyscard's smartcard.ATR
makes of each as one JSON object per line, for tst_atrpyscard to compare with smartcard::ATR.
pyscard's 'RFU' table entries become null."""
import json
import sys

from smartcard.ATR import ATR
from smartcard.util import toBytes


def hexbyte(value):
    return None if value is None else "%02X" % value


def number(value):
    return value if isinstance(value, (int, float)) else None


def describe(text):
    try:
        atr = ATR([] if text == '""' else toBytes(text))  # '""' stands for the empty ATR
        groups = [{"i": n + 1, "TA": hexbyte(atr.TA[n]), "TB": hexbyte(atr.TB[n]),
                   "TC": hexbyte(atr.TC[n]), "TD": hexbyte(atr.TD[n])} for n in range(len(atr.TA))]
        return {
            "atr": text,
            "error": None,
            "interface": groups,
            "protocols": sorted(int(name[2:]) for name in atr.getSupportedProtocols()),
            "historical": "".join("%02X" % b for b in atr.getHistoricalBytes()),
            "tck": hexbyte(atr.getChecksum()),
            "interface_count": atr.getInterfaceBytesCount(),
            "clock_rate_conversion": number(atr.getClockRateConversion()),
            "bit_rate_factor": number(atr.getBitRateFactor()),
            "programming_current": number(atr.getProgrammingCurrent()),
            "programming_voltage": number(atr.getProgrammingVoltage()),
            "guard_time": atr.getGuardTime(),
        }
    except Exception as error:  # pyscard raises on a truncated ATR or a bad TS
        return {"atr": text, "error": "%s: %s" % (type(error).__name__, error)}


for line in sys.stdin:
    line = line.strip()
    if line:
        print(json.dumps(describe(line)))
