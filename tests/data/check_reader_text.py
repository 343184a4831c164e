#!/usr/bin/env python3
"""Checks the text a reader of a dealgraph dataset sees: titles, names, descriptions, notes,
source lines, headline spans, story titles and captions, and every translation. None of it may
speak of the dataset's making: the words "seed"/"seeds", an id of an entity, deal or source that
contains a hyphen (name the thing instead), an article's file name (000_0123456789abcdef.txt) or
a language code such as zh-Hans or en-US.

Story captions are read as a reader of a slide reads them: each figure in a caption ($300B,
10 GW, 359%, 300,000; 3000亿美元, 10吉瓦, 30万颗) must be in the text of a deal the step
highlights, in the caption's language, and keep the qualifier the deal's amounts have: a figure
that the deals give only as "up to" says "up to" (最高, 高达), only as "about" says so too. Every
story and step title and caption has a Simplified Chinese translation.

Prints each offence as its JSON pointer and the offending word; exits 1 if there is any, 2 if
the file cannot be read.

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

    for i, story in enumerate(model.get("stories") or []):
        yield from fields(story, ["stories", i], ["title"])
        for s, step in enumerate(story.get("steps") or [] if isinstance(story, dict) else []):
            yield from fields(step, ["stories", i, "steps", s], ["title", "caption"])

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


# Figures as captions write them, with the number they stand for and its unit.
EN_FIGURE = re.compile(
    r"\$(?P<money>\d+(?:\.\d+)?)(?P<scale>[BMK])"
    r"|(?P<gw>\d+(?:\.\d+)?) ?GW\b"
    r"|(?P<percent>\d+(?:\.\d+)?)%"
    r"|(?<![\d,.])(?P<count>\d{1,3}(?:,\d{3})+)(?![\d,])"
)
ZH_FIGURE = re.compile(
    r"(?P<number>\d+(?:\.\d+)?)(?P<scale>万|亿)?(?P<unit>美元|吉瓦|千兆瓦|颗|块)"
    r"|(?P<percent>\d+(?:\.\d+)?)%"
)
SCALES = {"B": 1e9, "M": 1e6, "K": 1e3, "万": 1e4, "亿": 1e8, None: 1}
# What a caption must say before a figure that the deals give only with this qualifier.
EN_QUALIFIERS = {
    "up-to": ("up to",),
    "at-least": ("at least", "more than"),
    "about": ("about", "around", "roughly", "nearly", "a little under", "some"),
}
ZH_QUALIFIERS = {
    "up-to": ("最高", "高达", "可能高达"),
    "at-least": ("至少", "超过"),
    "about": ("约", "大约", "略低于", "近"),
}


def figures(caption, chinese):
    """Yields (text, start, value, unit) for each figure in a caption."""
    if chinese:
        for match in ZH_FIGURE.finditer(caption):
            if match.group("percent"):
                yield match.group(0), match.start(), float(match.group("percent")), "percent"
                continue
            value = float(match.group("number")) * SCALES[match.group("scale")]
            unit = {"美元": "usd", "吉瓦": "gw", "千兆瓦": "gw"}.get(match.group("unit"), "count")
            yield match.group(0), match.start(), value, unit
        return
    for match in EN_FIGURE.finditer(caption):
        if match.group("money"):
            value = float(match.group("money")) * SCALES[match.group("scale")]
            yield match.group(0), match.start(), value, "usd"
        elif match.group("gw"):
            yield match.group(0), match.start(), float(match.group("gw")), "gw"
        elif match.group("percent"):
            yield match.group(0), match.start(), float(match.group("percent")), "percent"
        else:
            yield match.group(0), match.start(), float(match.group("count").replace(",", "")), "count"


def deal_text(deal, language):
    """The reader-facing text of a deal in one language (None: the untranslated text)."""
    def text(obj, names):
        for name in names:
            if language is None:
                value = obj.get(name)
            else:
                value = ((obj.get("translations") or {}).get(language) or {}).get(name)
            if isinstance(value, str):
                yield value
    parts = list(text(deal, ["title", "notes"]))
    for flow in deal.get("flows") or []:
        parts += text(flow, ["note"])
    for step in deal.get("history") or []:
        parts += text(step, ["note"])
    for amount in (deal.get("headline") or {}).get("amounts") or []:
        parts += text(amount, ["span"])
    return "\n".join(parts)


def deal_amounts(deal):
    """(value, unit, qualifier) of every amount of a deal; counts of GPUs and chips as "count"."""
    amounts = [a for f in deal.get("flows") or [] for a in f.get("amounts") or []]
    amounts += (deal.get("headline") or {}).get("amounts") or []
    for a in amounts:
        unit = "count" if a.get("unit") in ("gpus", "chips") else a.get("unit")
        yield a.get("value"), unit, a.get("qualifier", "exact")


def caption_offences(model):
    """Captions whose figures their step's highlighted deals do not carry, or carry qualified."""
    deals = {d.get("id"): d for d in model.get("deals") or [] if isinstance(d, dict)}
    for i, story in enumerate(model.get("stories") or []):
        if not isinstance(story, dict):
            continue
        zh = (story.get("translations") or {}).get("zh-Hans") or {}
        if not zh.get("title"):
            yield ["stories", i, "title"], story.get("title", ""), "has no Chinese translation"
        for s, step in enumerate(story.get("steps") or []):
            if not isinstance(step, dict):
                continue
            path = ["stories", i, "steps", s]
            zh = (step.get("translations") or {}).get("zh-Hans") or {}
            for member in ("title", "caption"):
                if step.get(member) and not zh.get(member):
                    yield path + [member], step[member][:40], "has no Chinese translation"
            lit = [deals[d] for d in (step.get("highlight") or {}).get("deals") or [] if d in deals]
            for language, caption in ((None, step.get("caption")), ("zh-Hans", zh.get("caption"))):
                if not caption:
                    continue
                where = path + (["caption"] if language is None else ["translations", language, "caption"])
                texts = "\n".join(deal_text(d, language) for d in lit)
                qualifiers = EN_QUALIFIERS if language is None else ZH_QUALIFIERS
                for text, start, value, unit in figures(caption, language is not None):
                    if text not in texts:
                        yield where, text, "is a figure no highlighted deal of the step gives"
                        continue
                    kinds = {q for d in lit for v, u, q in deal_amounts(d)
                             if u == unit and v is not None and abs(v - value) <= 1e-9 * max(1, value)}
                    if len(kinds) != 1 or next(iter(kinds)) not in qualifiers:
                        continue
                    before = caption[max(0, start - 20):start].rstrip()
                    wanted = qualifiers[next(iter(kinds))]
                    if not any(before.endswith(w) for w in wanted):
                        yield where, text, f"drops its qualifier (say {' or '.join(wanted)})"


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
    for path, word, what in list(offences(model)) + list(caption_offences(model)):
        print(f"{pointer(path)}: {what}: {word}")
        found += 1
    if found:
        print(f"{found} {'problem' if found == 1 else 'problems'} in the reader-facing text of {argv[1]}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
