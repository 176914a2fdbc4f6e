#!/usr/bin/env python3
"""Completes cardscope_en.ts after `cmake --build <dir> --target update_translations`.

English is the source language, so an English entry is its source text; only the plural
forms need writing: "%n reader(s)" becomes "%n reader" and "%n readers", "%n property(ies)" "%n property" and
"%n properties". Entries already
finished are left alone. Usage: translations/complete-english.py [translations/cardscope_en.ts]
"""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/cardscope_en.ts"
tree = ET.parse(path)
changed = 0
for message in tree.getroot().iter("message"):
    source = message.find("source").text or ""
    translation = message.find("translation")
    if translation.get("type") != "unfinished":
        continue
    del translation.attrib["type"]
    if message.get("numerus") == "yes":
        for form in list(translation):
            translation.remove(form)
        singular = re.sub(r"\((s|es|ies)\)", "", source)
        plural = re.sub(r"y\(ies\)", "ies", re.sub(r"\((s|es)\)", r"\1", source))
        for text in (singular, plural):
            ET.SubElement(translation, "numerusform").text = text
    else:
        translation.text = source
    changed += 1

with open(path, "wb") as out:
    out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(out, encoding="utf-8", xml_declaration=False)
    out.write(b"\n")
print(f"{path}: {changed} entries completed")
