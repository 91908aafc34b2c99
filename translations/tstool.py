#!/usr/bin/env python3
"""Lists and fills unfinished entries of translations/productmanager_<lang>.ts.

  tstool.py list LANG            unfinished entries as JSON lines {"src", "cmt", "numerus", "forms"}
  tstool.py apply LANG FILE.json fill entries from {"<source>" or "<source>|<comment>": text or
                                 [plural forms]}; entries not in the file stay unfinished
  tstool.py apply-all FILE.json  the same for several languages: {"sv": {...}, "de": {...}}
  tstool.py check                every finished translation keeps the source's placeholders
                                 (%1…%9, %n/%Ln) and has one & accelerator when the source has one

The integrator's loop after merging: translations/update.sh → tstool.py list xx → translate →
tstool.py apply xx file.json → update.sh again (it must print 0 unfinished for every language).
Plural forms per language (Qt's order): sv/de/es/fr 2 (fr: 0 and 1 are singular); ar 6 (zero,
one, two, few 3–10, many 11–99, other).
"""
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def ts_path(lang):
    return HERE / f"productmanager_{lang}.ts"


def key(msg):
    src = msg.findtext("source") or ""
    cmt = msg.findtext("comment")
    return f"{src}|{cmt}" if cmt else src


def unfinished(tree):
    for ctx in tree.getroot().iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") == "unfinished":
                yield msg, tr


def cmd_list(lang):
    tree = ET.parse(ts_path(lang))
    seen = set()
    for msg, tr in unfinished(tree):
        k = key(msg)
        if k in seen:
            continue
        seen.add(k)
        print(json.dumps({"key": k, "numerus": msg.get("numerus") == "yes",
                          "forms": len(tr.findall("numerusform")) or 1}, ensure_ascii=False))


def cmd_apply(lang, file):
    data = json.loads(Path(file).read_text(encoding="utf-8"))
    tree = ET.parse(ts_path(lang))
    filled = 0
    for msg, tr in unfinished(tree):
        text = data.get(key(msg))
        if text is None:
            continue
        forms = tr.findall("numerusform")
        if forms:
            if not isinstance(text, list) or len(text) != len(forms):
                sys.exit(f"{lang}: {key(msg)!r} needs {len(forms)} plural forms")
            for f, t in zip(forms, text):
                f.text = t
        else:
            if not isinstance(text, str):
                sys.exit(f"{lang}: {key(msg)!r} is not a plural")
            tr.text = text
        del tr.attrib["type"]
        filled += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_path(lang).write_text(HEADER + body + "\n", encoding="utf-8")
    print(f"{lang}: filled {filled}")


PLACEHOLDER = re.compile(r"%L?n|%\d")


def accel(text):
    return len(re.findall(r"&(?!&)\S", text.replace("&&", "")))


def cmd_check():
    bad = 0
    for path in sorted(HERE.glob("productmanager_*.ts")):
        tree = ET.parse(path)
        for msg in tree.getroot().iter("message"):
            src = msg.findtext("source") or ""
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            texts = [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]
            want = sorted(PLACEHOLDER.findall(src))
            for t in texts:
                got = sorted(PLACEHOLDER.findall(t))
                # A plural form may drop %n where the number is implied ("one product").
                if got != want and not (msg.get("numerus") == "yes"
                                        and sorted(g for g in want if "n" not in g) == got):
                    print(f"{path.name}: placeholders {want} != {got}: {src!r} -> {t!r}")
                    bad += 1
                if accel(src) and accel(t) != 1:
                    print(f"{path.name}: accelerator lost: {src!r} -> {t!r}")
                    bad += 1
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "list":
        cmd_list(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == "apply":
        cmd_apply(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 3 and sys.argv[1] == "apply-all":
        everything = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
        for lang, entries in everything.items():
            single = HERE / f".apply-{lang}.json"
            single.write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
            try:
                cmd_apply(lang, single)
            finally:
                single.unlink()
    elif len(sys.argv) == 2 and sys.argv[1] == "check":
        cmd_check()
    else:
        sys.exit(__doc__)
