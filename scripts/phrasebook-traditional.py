#!/usr/bin/env python3
"""Rewrites the zh-Hant half of src/Exceed.Core/Language/DefaultPhrasebook.json from its zh-Hans half with OpenCC
(s2tw, Debian's `opencc` package), so the two scripts never drift apart. Edit zh-Hans and en by hand, then run this."""
import json, os, subprocess

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src/Exceed.Core/Language/DefaultPhrasebook.json")

def to_traditional(strings):
    if not strings:
        return []
    out = subprocess.run(["opencc", "-c", "s2tw.json"], input="\n".join(strings), capture_output=True, text=True, check=True).stdout
    lines = out.split("\n")
    return lines[:len(strings)]

def convert(value):
    """Converts every string in a JSON value, keeping its shape."""
    flat = []
    def collect(v):
        if isinstance(v, str): flat.append(v)
        elif isinstance(v, list): [collect(x) for x in v]
        elif isinstance(v, dict): [collect(x) for x in v.values()]
    collect(value)
    converted = iter(to_traditional(flat))
    def rebuild(v):
        if isinstance(v, str): return next(converted)
        if isinstance(v, list): return [rebuild(x) for x in v]
        if isinstance(v, dict): return {k: rebuild(x) for k, x in v.items()}
        return v
    return rebuild(value)

def dump(book):
    """One phrase per line, so a change reads as a one-line diff."""
    j = lambda v: json.dumps(v, ensure_ascii=False)
    out = ['{', ' "rules": [']
    for r, rule in enumerate(book["rules"]):
        out.append(f'  {{"id": {j(rule["id"])}, "kind": {j(rule["kind"])},')
        langs = [l for l in ("zh-Hans", "zh-Hant", "en") if l in rule]
        for i, lang in enumerate(langs):
            part = rule[lang]
            out.append(f'   {j(lang)}: {{"reason": {j(part["reason"])},')
            if part.get("exceptions"):
                out.append(f'    "exceptions": {j(part["exceptions"])},')
            out.append(f'    "examples": {j(part["examples"])},')
            phrases = part.get("phrases", [])
            if not phrases:
                out.append('    "phrases": []}' + ("," if i < len(langs) - 1 else ""))
                continue
            out.append('    "phrases": [')
            for p, phrase in enumerate(phrases):
                out.append(f'     {j(phrase)}' + ("," if p < len(phrases) - 1 else ""))
            out.append('    ]}' + ("," if i < len(langs) - 1 else ""))
        out.append('  }' + ("," if r < len(book["rules"]) - 1 else ""))
    out.append(' ],')
    rest = [k for k in book if k != "rules"]
    for n, key in enumerate(rest):
        out.append(f' {j(key)}: {{')
        langs = list(book[key])
        for i, lang in enumerate(langs):
            out.append(f'  {j(lang)}: {j(book[key][lang])}' + ("," if i < len(langs) - 1 else ""))
        out.append(' }' + ("," if n < len(rest) - 1 else ""))
    out.append('}')
    return "\n".join(out) + "\n"

def main():
    with open(PATH, encoding="utf-8") as f:
        book = json.load(f)
    for rule in book["rules"]:
        if "zh-Hans" in rule:
            hant = convert(rule["zh-Hans"])
            en = rule.pop("en", None)
            rule.pop("zh-Hant", None)
            rule["zh-Hant"] = hant
            if en is not None:
                rule["en"] = en
    for key in ("recommended", "apologyExceptions", "complaintCues", "complaintExceptions"):
        if "zh-Hans" in book.get(key, {}):
            en = book[key].pop("en", None)
            book[key]["zh-Hant"] = convert(book[key]["zh-Hans"])
            if en is not None:
                book[key]["en"] = en
    with open(PATH, "w", encoding="utf-8") as f:
        f.write(dump(book))

if __name__ == "__main__":
    main()
