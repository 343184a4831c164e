#!/usr/bin/env python3
"""Checks the text a reader of a dealgraph dataset sees: titles, names, descriptions, notes,
source lines, headline spans and every translation. None of it may speak of the dataset's
making: the words "seed"/"seeds", an id of an entity, deal or source that contains a hyphen
(name the thing instead), an article's file name (000_0123456789abcdef.txt) or a language code
such as zh-Hans or en-US. Prints each offence as its JSON pointer and the offending word;
exits 1 if there is any, 2 if the file cannot be read.

Usage: check_reader_text.py DATASET"""
import json
import re
import sys

SEED_WORD = re.compile(r"\bseeds?\b", re.IGNORECASE)
FILE_NAME = re.compile(r"\d{3}_[0-9a-f]{16}\.txt")
# ISO 639-1 languages (and a few three-letter ones) followed by a script or region subtag:
# zh-Hans, zh-Hant, en-US, pt-BR, es-419. Restricted to real language subtags so that "non-US"
# or "pre-IPO" are not taken for one.
LANGUAGES = (
    "aa ab af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da "
    "de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu "
    "hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la "
    "lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc "
    "oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st "
    "su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za "
    "zh zu yue cmn nan hak wuu fil"
).split()
LANGUAGE_CODE = re.compile(
    r"(?<![A-Za-z0-9-])(?:" + "|".join(LANGUAGES) + r")-(?:[A-Z][a-z]{3}|[A-Z]{2}|\d{3})(?![A-Za-z0-9])"
)


def pointer(path):
    return "/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in path)


def reader_strings(model):
    """Yields (path, text) for every reader-facing string of the model."""

    def fields(obj, path, names):
        if not isinstance(obj, dict):
            return
        for name in names:
            value = obj.get(name)
            if isinstance(value, str):
                yield path + [name], value
            elif isinstance(value, list):
                for i, item in enumerate(value):
                    if isinstance(item, str):
                        yield path + [name, i], item
            elif isinstance(value, dict) and name == "names":
                for key, item in value.items():
                    if isinstance(item, str):
                        yield path + [name, key], item

    yield from fields(model, [], ["title"])
    for i, entity in enumerate(model.get("entities") or []):
        yield from fields(entity, ["entities", i], ["name", "names", "description", "aliases"])
    for i, source in enumerate(model.get("sources") or []):
        yield from fields(source, ["sources", i], ["publisher", "title", "citing"])
    for i, deal in enumerate(model.get("deals") or []):
        yield from fields(deal, ["deals", i], ["title", "notes"])
        for f, flow in enumerate(deal.get("flows") or []):
            yield from fields(flow, ["deals", i, "flows", f], ["note"])
        for s, step in enumerate(deal.get("history") or []):
            yield from fields(step, ["deals", i, "history", s], ["note"])
        headline = deal.get("headline")
        if isinstance(headline, dict):
            for a, amount in enumerate(headline.get("amounts") or []):
                yield from fields(amount, ["deals", i, "headline", "amounts", a], ["span"])

    # Every string inside a "translations" member, wherever it is.
    def translations(obj, path, inside):
        if isinstance(obj, dict):
            for key, value in obj.items():
                yield from translations(value, path + [key], inside or key == "translations")
        elif isinstance(obj, list):
            for i, value in enumerate(obj):
                yield from translations(value, path + [i], inside)
        elif isinstance(obj, str) and inside:
            yield path, obj

    yield from translations(model, [], False)


def hyphenated_ids(model):
    ids = set()
    for array in ("entities", "deals", "sources"):
        for item in model.get(array) or []:
            if isinstance(item, dict) and isinstance(item.get("id"), str) and "-" in item["id"]:
                ids.add(item["id"])
    # Longest first, so that "a-b-c" is reported rather than "a-b" inside it.
    return [
        (i, re.compile(r"(?<![A-Za-z0-9._:-])" + re.escape(i) + r"(?![A-Za-z0-9_:-])"))
        for i in sorted(ids, key=len, reverse=True)
    ]


def offences(model):
    ids = hyphenated_ids(model)
    for path, text in reader_strings(model):
        for match in SEED_WORD.finditer(text):
            yield path, match.group(0), "says seed"
        for match in FILE_NAME.finditer(text):
            yield path, match.group(0), "names an article file"
        for match in LANGUAGE_CODE.finditer(text):
            yield path, match.group(0), "shows a language code"
        for ident, pattern in ids:
            if pattern.search(text):
                yield path, ident, "shows an id"


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    try:
        with open(argv[1], encoding="utf-8") as f:
            model = json.load(f)
    except (OSError, ValueError) as e:
        print(f"{argv[1]}: cannot read: {e}", file=sys.stderr)
        return 2
    found = 0
    for path, word, what in offences(model):
        print(f"{pointer(path)}: {what}: {word}")
        found += 1
    if found:
        print(f"{found} {'problem' if found == 1 else 'problems'} in the reader-facing text of {argv[1]}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
