"""Keep translations when code moves: after lupdate, a string that is new in its context (a class
was renamed, text moved to another module) gets the translation it already has elsewhere.

Usage: fill_translations.py FRESH.ts REFERENCE.ts [...]  (FRESH.ts is rewritten in place)"""

from __future__ import annotations

import copy
import sys
import xml.etree.ElementTree as ET


def _finished(translation: ET.Element | None) -> bool:
    return translation is not None and translation.get("type") not in ("unfinished", "obsolete", "vanished") \
        and "".join(translation.itertext()).strip() != ""


def known_translations(paths: list[str]) -> dict[tuple[str, bool], ET.Element]:
    known: dict[tuple[str, bool], ET.Element] = {}
    for path in paths:
        for message in ET.parse(path).getroot().iter("message"):
            translation = message.find("translation")
            if _finished(translation):
                key = (message.findtext("source") or "", message.get("numerus") == "yes")
                known.setdefault(key, translation)
    return known


def fill(fresh: str, references: list[str]) -> int:
    known = known_translations(references)
    tree = ET.parse(fresh)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if _finished(translation):
            continue
        found = known.get((message.findtext("source") or "", message.get("numerus") == "yes"))
        if found is None:
            continue
        if translation is not None:
            message.remove(translation)
        message.append(copy.deepcopy(found))
        filled += 1
    ET.indent(tree, space="    ")
    with open(fresh, "wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
    return filled


if __name__ == "__main__":
    count = fill(sys.argv[1], sys.argv[2:])
    print(f"{sys.argv[1]}: {count} moved strings kept their translation")
