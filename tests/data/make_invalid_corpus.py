#!/usr/bin/env python3
"""Regenerates tests/data/invalid/: broken models, each paired with the errors it must produce.

Each case is a mutation of valid/loop.json (or raw text for syntax errors). NAME.json is the
broken model; NAME.expected lists, one per line, text that the formatted errors must contain
(the place and what was expected). Run from anywhere: python3 tests/data/make_invalid_corpus.py
"""
import copy
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
BASE = json.loads((HERE / "valid" / "loop.json").read_text(encoding="utf-8"))
OUT = HERE / "invalid"


def mutated(fn):
    model = copy.deepcopy(BASE)
    fn(model)
    return json.dumps(model, ensure_ascii=False, indent=2) + "\n"


def setp(path, value):
    def fn(model):
        node = model
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value
    return fn


def delp(path):
    def fn(model):
        node = model
        for key in path[:-1]:
            node = node[key]
        del node[path[-1]]
    return fn


# A valid story over valid/loop.json, for the story cases to break.
STORY = {
    "id": "loop",
    "title": "The closed loop",
    "steps": [
        {"title": "Oracle's contract", "caption": "OpenAI buys about $300B of Oracle compute.",
         "asOf": "2025-09-30", "filters": ["flow=money,compute"],
         "focus": {"entity": "oracle", "depth": 1},
         "highlight": {"entities": ["oracle"], "deals": ["cloud"]}},
        {"title": "Nvidia closes the loop", "highlight": {"deals": ["gpus", "invest"]}},
    ],
}


def story(*fns):
    """The model with STORY added, then changed by fns."""
    def fn(model):
        model["stories"] = [copy.deepcopy(STORY)]
        for f in fns:
            f(model)
    return fn


def both(*fns):
    def fn(model):
        for f in fns:
            f(model)
    return fn


CASES = {
    # Syntax: line and column of the offending character.
    "syntax-trailing-comma": ('{\n  "format": "dealgraph",\n  "version": 1,\n}\n',
                              ["4:1: syntax error"]),
    "syntax-unterminated-string": ('{\n  "format": "dealgraph,\n  "version": 1\n}\n',
                                   ["2:24: syntax error", "control character"]),
    "syntax-empty-file": ("", ["1:1: syntax error", "unexpected end of input"]),
    "syntax-invalid-utf8": (b'{\n  "format": "deal\xff"\n}\n', ["2:18: syntax error"]),
    "syntax-bare-word": ('{\n  "format": dealgraph\n}\n', ["2:13: syntax error"]),
    "syntax-nan": ('{"format": "dealgraph", "version": NaN}', ["1:36: syntax error"]),
    "nesting-too-deep": ('{"format": "dealgraph", "x": ' + "[" * 100 + "]" * 100 + "}",
                         ["nesting deeper than 64 levels"]),
    "duplicate-key": ('{\n  "format": "dealgraph",\n  "version": 1,\n  "version": 1,\n'
                      '  "entities": [], "sources": [], "deals": []\n}\n',
                      ['/version: duplicate key "version"']),
    # Top level.
    "top-level-array": ("[]\n", ["expected a dealgraph model (an object), found an array"]),
    "wrong-format": (mutated(setp(["format"], "graphviz")),
                     ['/format: expected "dealgraph", found "graphviz"']),
    "missing-version": (mutated(delp(["version"])), ['missing required member "version"']),
    "newer-version": (mutated(setp(["version"], 2)),
                      ["/version: unsupported format version 2", "newer dealgraph"]),
    "entities-not-array": (mutated(setp(["entities"], {"openai": {}})),
                           ["/entities: expected an array, found an object"]),
    # Entities.
    "entity-missing-name": (mutated(delp(["entities", 1, "name"])),
                            ['/entities/1: missing required member "name"']),
    "entity-duplicate-id": (mutated(setp(["entities", 2, "id"], "oracle")),
                            ['/entities/2/id: duplicate entity id "oracle"']),
    "entity-bad-id": (mutated(setp(["entities", 0, "id"], "open ai!")),
                      ['/entities/0/id: invalid id "open ai!"']),
    "entity-unknown-kind": (mutated(setp(["entities", 0, "kind"], "startup")),
                            ['/entities/0/kind: unknown entity kind "startup"', "company, investor"]),
    "entity-name-not-string": (mutated(setp(["entities", 0, "name"], 42)),
                               ["/entities/0/name: expected a string, found a number"]),
    # Deals and flows.
    "deal-unknown-kind": (mutated(setp(["deals", 0, "kind"], "merger")),
                          ['/deals/0/kind: unknown deal kind "merger"']),
    "deal-duplicate-id": (mutated(setp(["deals", 1, "id"], "cloud")),
                          ['/deals/1/id: duplicate deal id "cloud"']),
    "deal-no-flows": (mutated(setp(["deals", 0, "flows"], [])),
                      ["/deals/0/flows: a deal needs at least one flow"]),
    "deal-no-history": (mutated(setp(["deals", 0, "history"], [])),
                        ["/deals/0/history: a deal needs at least one status step"]),
    "flow-unknown-entity": (mutated(setp(["deals", 0, "flows", 0, "to"], "oracel")),
                            ['/deals/0/flows/0/to: unknown entity "oracel"']),
    "flow-same-entity": (mutated(setp(["deals", 0, "flows", 0, "to"], "openai")),
                         ["/deals/0/flows/0/to: a flow must go between two different entities"]),
    "flow-unknown-type": (mutated(setp(["deals", 0, "flows", 0, "type"], "cash")),
                          ['/deals/0/flows/0/type: unknown flow type "cash"']),
    "amount-negative": (mutated(setp(["deals", 0, "flows", 0, "amounts", 0, "value"], -5)),
                        ["/deals/0/flows/0/amounts/0/value: negative amount -5"]),
    "amount-percent-over-100": (mutated(setp(["deals", 4, "flows", 0, "amounts", 0, "value"], 120)),
                                ["/deals/4/flows/0/amounts/0/value: percentage 120 is over 100"]),
    "amount-wrong-unit": (mutated(setp(["deals", 0, "flows", 0, "amounts", 0, "unit"], "gw")),
                          ["/deals/0/flows/0/amounts/0/unit: a money flow cannot carry an amount in gw",
                           "expected usd"]),
    "amount-on-rights": (mutated(setp(["deals", 3, "flows", 0, "amounts"],
                                      [{"value": 1, "unit": "usd"}])),
                         ["/deals/3/flows/0/amounts/0/unit: a rights flow cannot carry an amount",
                          "carries no amounts"]),
    "amount-unknown-unit": (mutated(setp(["deals", 0, "flows", 0, "amounts", 0, "unit"], "eur")),
                            ['/deals/0/flows/0/amounts/0/unit: unknown unit "eur"']),
    "amount-unknown-qualifier": (mutated(setp(["deals", 0, "flows", 0, "amounts", 0, "qualifier"], "roughly")),
                                 ['/deals/0/flows/0/amounts/0/qualifier: unknown qualifier "roughly"']),
    "amount-value-is-string": (mutated(setp(["deals", 0, "flows", 0, "amounts", 0, "value"], "300B")),
                               ["/deals/0/flows/0/amounts/0/value: expected a number, found a string"]),
    "amount-range-without-max": (mutated(delp(["deals", 1, "flows", 1, "amounts", 0, "max"])),
                                 ['/deals/1/flows/1/amounts/0: a range needs "max"']),
    "amount-range-inverted": (mutated(setp(["deals", 1, "flows", 1, "amounts", 0, "max"], 1000)),
                              ["/deals/1/flows/1/amounts/0/max: a range's max 1000 is below its value 400000"]),
    "amount-max-without-range": (mutated(setp(["deals", 0, "flows", 0, "amounts", 0, "max"], 5)),
                                 ['/deals/0/flows/0/amounts/0/max: "max" is only allowed with the qualifier "range"']),
    "amount-two-in-one-unit": (mutated(setp(["deals", 0, "flows", 1, "amounts"],
                                            [{"value": 1, "unit": "gw"}, {"value": 2, "unit": "gw"}])),
                               ["/deals/0/flows/1/amounts/1/unit: a second amount in gw"]),
    "amount-huge-exponent": ('{"format":"dealgraph","version":1,"entities":[{"id":"a","name":"A","kind":"company"},'
                             '{"id":"b","name":"B","kind":"company"}],"sources":[],"deals":[{"id":"d","title":"D",'
                             '"kind":"other","flows":[{"from":"a","to":"b","type":"money","amounts":'
                             '[{"value":1e400,"unit":"usd"}]}],"history":[{"status":"announced","date":"2025"}]}]}',
                             ["1:254: number out of range", "1e400"]),
    # Dates and statuses.
    "date-impossible-day": (mutated(setp(["deals", 2, "history", 0, "date"], "2025-02-30")),
                            ['/deals/2/history/0/date: invalid date "2025-02-30"']),
    "date-not-leap-year": (mutated(setp(["deals", 2, "history", 0, "date"], "2025-02-29")),
                           ['/deals/2/history/0/date: invalid date "2025-02-29"']),
    "date-month-13": (mutated(setp(["deals", 0, "history", 0, "date"], "2025-13")),
                      ['/deals/0/history/0/date: invalid date "2025-13"']),
    "date-wrong-format": (mutated(setp(["deals", 0, "history", 0, "date"], "21/01/2025")),
                          ['/deals/0/history/0/date: invalid date "21/01/2025"', "YYYY-MM-DD"]),
    "status-unknown": (mutated(setp(["deals", 0, "history", 0, "status"], "cancelled")),
                       ['/deals/0/history/0/status: unknown status "cancelled"', "abandoned"]),
    "step-unknown-source": (mutated(setp(["deals", 0, "history", 0, "sources"], ["s9"])),
                            ['/deals/0/history/0/sources/0: unknown source "s9"']),
    # Sources.
    "source-bad-url": (mutated(setp(["sources", 0, "url"], "javascript:alert(1)")),
                       ['/sources/0/url: unsupported URL "javascript:alert(1)"']),
    "source-file-url": (mutated(setp(["sources", 0, "url"], "file:///etc/passwd")),
                        ['/sources/0/url: unsupported URL "file:///etc/passwd"']),
    "string-too-long": (mutated(setp(["entities", 0, "description"], "x" * 100001)),
                        ["/entities/0/description: string of 100001 bytes is longer than the limit"]),
    "string-control-character": (mutated(setp(["entities", 0, "name"], "Open\u0007AI")),
                                 ["/entities/0/name: control character U+0007 in a string"]),
    "string-noncharacter": (mutated(setp(["deals", 0, "title"], "Deal \uffff")),
                            ["/deals/0/title: noncharacter U+FFFF in a string"]),
    # Stories: what a step names must exist, its dates be real, its members have their types.
    "story-duplicate-id": (mutated(story(lambda m: m["stories"].append(copy.deepcopy(STORY)))),
                           ['/stories/1/id: duplicate story id "loop"']),
    "story-unknown-entity": (mutated(story(setp(["stories", 0, "steps", 0, "focus", "entity"], "oracel"))),
                             ['/stories/0/steps/0/focus/entity: unknown entity "oracel"']),
    "story-unknown-deal": (mutated(story(setp(["stories", 0, "steps", 1, "highlight", "deals", 1], "investment"))),
                           ['/stories/0/steps/1/highlight/deals/1: unknown deal "investment"']),
    "story-unknown-group": (mutated(story(setp(["stories", 0, "steps", 0, "collapsedGroups"], ["Texas sites"]))),
                            ['/stories/0/steps/0/collapsedGroups/0: unknown group "Texas sites"',
                             "no entity of this model has a group"]),
    "story-bad-date": (mutated(story(setp(["stories", 0, "steps", 0, "asOf"], "2025-02-30"))),
                       ['/stories/0/steps/0/asOf: invalid date "2025-02-30"']),
    "story-compare-after-as-of": (mutated(story(setp(["stories", 0, "steps", 0, "compareFrom"], "2026"))),
                                  ['/stories/0/steps/0/compareFrom: compareFrom "2026" is after asOf']),
    "story-steps-not-array": (mutated(story(setp(["stories", 0, "steps"], {"title": "One step"}))),
                              ["/stories/0/steps: expected an array, found an object"]),
    "story-unknown-layout": (mutated(story(setp(["stories", 0, "steps", 1, "layout"], "grid"))),
                             ['/stories/0/steps/1/layout: unknown layout "grid"', "fit-shown, keep-positions"]),
    "story-bad-filter": (mutated(story(setp(["stories", 0, "steps", 0, "filters"], ["colour=red"]))),
                         ['/stories/0/steps/0/filters/0: unknown filter key "colour"']),
    # Every error at once, not only the first.
    "several-errors": (mutated(both(setp(["deals", 0, "flows", 0, "to"], "oracel"),
                                    setp(["deals", 2, "history", 0, "date"], "2025-02-30"),
                                    setp(["entities", 4, "kind"], "campus"),
                                    setp(["deals", 4, "flows", 0, "amounts", 0, "value"], 101))),
                       ['/deals/0/flows/0/to: unknown entity "oracel"',
                        '/deals/2/history/0/date: invalid date "2025-02-30"',
                        '/entities/4/kind: unknown entity kind "campus"',
                        "/deals/4/flows/0/amounts/0/value: percentage 101 is over 100"]),
}


def main():
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*"):
        old.unlink()
    for name, (text, expected) in CASES.items():
        data = text if isinstance(text, bytes) else text.encode("utf-8")
        (OUT / f"{name}.json").write_bytes(data)
        (OUT / f"{name}.expected").write_text("\n".join(expected) + "\n", encoding="utf-8")
    print(f"{len(CASES)} cases in {OUT}")


if __name__ == "__main__":
    main()
