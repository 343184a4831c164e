#!/usr/bin/env python3
"""Writes the hostile models the hostile tests feed to dealgraph, into the directory given.

Generated at test time so no large or odd file is checked in. Each model is small and valid
unless its name says it is refused; the sentinel path (second argument) appears in every
string a Graphviz attribute or an HTML label could turn into a file read.
Usage: make_hostile_models.py OUT_DIR SENTINEL_PATH
"""
import json
import os
import sys

out, sentinel = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
LIMIT = 100_000  # kMaxStringBytes in model/include/dealgraph/load.h


def model(entities, deals, title="Hostile model"):
    return {"format": "dealgraph", "version": 1, "title": title, "entities": entities,
            "sources": [{"id": "src", "publisher": "Test", "url": "https://example.com/a"}],
            "deals": deals}


def entity(eid, name, **extra):
    return {"id": eid, "name": name, "kind": "company", **extra}


def deal(did, title, a, b, amounts=None, **extra):
    flow = {"from": a, "to": b, "type": "money"}
    if amounts is not None:
        flow["amounts"] = amounts
    return {"id": did, "title": title, "kind": "other", "flows": [flow],
            "history": [{"status": "signed", "date": "2025-09", "sources": ["src"]}],
            "sources": ["src"], **extra}


def write(name, data, text=None):
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        f.write(text if text is not None else json.dumps(data, ensure_ascii=False, indent=1))


# Strings that mean something to DOT, Graphviz labels, HTML or a terminal.
hostile_names = [
    'Quote " and \\" and \\\\ backslash',
    "Graphviz escapes \\N \\G \\E \\T \\H \\L \\l \\n \\r",
    "<b>bold</b> <IMG SRC=\"%s\"/> <TABLE><TR><TD>x</TD></TR></TABLE>" % sentinel,
    "line one\nline two\r\nline three\ttab",
    "שלום עולם مرحبا بالعالم \u202eevil\u202c",
    "星际之门 甲骨文 軟銀 日本語 한국어",
    "image=\"%s\" shapefile=\"%s\" fontpath=\"%s\"" % (sentinel, sentinel, sentinel),
    "]; node [image=\"%s\"]; x [label=\"" % sentinel,
    "<<IMG SRC=\"%s\"/>>" % sentinel,
    "@import url(file://%s); &amp; &lt; &#0; &#x1b; \u00a0\u2028\u200b" % sentinel,
]
entities = [entity("e%d" % i, n, description=n, aliases=[n]) for i, n in enumerate(hostile_names)]
deals = [deal("d%d" % i, hostile_names[i], "e%d" % i, "e%d" % ((i + 1) % len(hostile_names)),
              [{"value": 10 ** (i + 3), "unit": "usd"}], notes=hostile_names[-1 - i])
         for i in range(len(hostile_names))]
write("strings.json", model(entities, deals, title=hostile_names[2]))

# Strings exactly at the limit are accepted; one byte over is refused with its path.
at_limit = "W" * LIMIT
write("string-at-limit.json",
      model([entity("a", at_limit, description=at_limit), entity("b", "B")],
            [deal("d", at_limit, "a", "b")]))
write("string-over-limit.json",
      model([entity("a", "A"), entity("b", "B", description="W" * (LIMIT + 1))],
            [deal("d", "D", "a", "b")]))

# 1e308 is finite: every amount at the top of the double range, and totals that would overflow.
huge = [entity("a", "A"), entity("b", "B"), entity("c", "C")]
huge_deals = [deal("d%d" % i, "Huge %d" % i, "a", "bc"[i % 2], [{"value": 1e308, "unit": "usd"}])
              for i in range(4)]
huge_deals.append(deal("gw", "Huge compute", "b", "a", [{"value": 1e308, "unit": "gw"}]))
huge_deals[-1]["flows"][0]["type"] = "compute"
write("amount-1e308.json", model(huge, huge_deals))
write("amount-negative.json",
      model(huge[:2], [deal("d", "Negative", "a", "b", [{"value": -1, "unit": "usd"}])]))

# JSON escapes can carry NUL and terminal control characters (ESC); the loader refuses them.
write("control-character.json",
      model([entity("a", "A"), entity("b", "B\u001b[31mred\u0000")], [deal("d", "D", "a", "b")]))

# Nesting deeper than 64 levels, in a member the loader would otherwise keep.
nested = model(huge[:2], [deal("d", "D", "a", "b")])
text = json.dumps(nested)
write("nesting-deep.json", None, text[:-1] + ', "extra": ' + "[" * 200 + "]" * 200 + "}")

# Duplicate keys: JSON allows them, the loader refuses them.
write("duplicate-key.json", None,
      json.dumps(nested)[:-1] + ', "title": "second title"}')

# 50,000 entities in a chain of 49,999 deals.
many = 50_000
write("entities-50000.json",
      model([entity("n%d" % i, "Entity %d" % i) for i in range(many)],
            [deal("c%d" % i, "Chain %d" % i, "n%d" % i, "n%d" % (i + 1)) for i in range(many - 1)]))
