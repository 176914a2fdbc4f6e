# Reference answers from pyscard itself for tst_pyscardutil: reads one JSON request on stdin,
# writes one JSON answer on stdout. A case pyscard rejects is answered with null.
import json
import sys

from smartcard import util

request = json.load(sys.stdin)


def guarded(function, value):
    try:
        return function(value)
    except (KeyError, TypeError, ValueError):
        return None


answer = {
    "hex": [[util.toHexString(list(b), fmt) for fmt in range(16)] for b in request["hex"]],
    "ascii": [util.toASCIIString(list(b)) for b in request["ascii"]],
    "gsm": [guarded(util.toGSM3_38Bytes, text) for text in request["gsm"]],
    "bytes": [guarded(util.toBytes, text) for text in request["bytes"]],
}
json.dump(answer, sys.stdout)
