#!/usr/bin/env python3
"""check_reader_text.py must fail when it should: each mutation of the bundled dataset below
breaks one rule of the reader's text, and the checker must name it at its place. Guards against
a checker that passes everything.

Usage: check_reader_text_test.py DATASET"""
import copy
import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import check_reader_text  # noqa: E402


def caption(model, story, step, language=None):
    """The caption's container and member: the step itself, or its translation."""
    target = next(s for s in model["stories"] if s["id"] == story)["steps"][step]
    return (target, "caption") if language is None else (target["translations"][language], "caption")


def replace(story, step, old, new, language=None):
    def mutate(model):
        obj, member = caption(model, story, step, language)
        assert old in obj[member], f"{old!r} not in the caption of {story} step {step}"
        obj[member] = obj[member].replace(old, new)
    return mutate


def untranslate(story, step):
    def mutate(model):
        obj, member = caption(model, story, step, "zh-Hans")
        del obj[member]
    return mutate


def relight(story, step, deals):
    def mutate(model):
        next(s for s in model["stories"] if s["id"] == story)["steps"][step]["highlight"] = {"deals": deals}
    return mutate


# mutation, text the checker's report must contain
CASES = [
    (replace("closed-loop", 2, "up to $100B", "$100B"), "caption: drops its qualifier (say up to): $100B"),
    (replace("closed-loop", 2, "最高1000亿美元", "1000亿美元", "zh-Hans"), "drops its qualifier (say 最高"),
    (replace("stargate-announced", 1, "about 300,000", "300,000"), "drops its qualifier (say about"),
    (replace("closed-loop", 0, "$300B", "$310B"), "is a figure no highlighted deal of the step gives: $310B"),
    (relight("closed-loop", 2, ["openai-oracle-300b"]), "is a figure no highlighted deal of the step gives: 10 GW"),
    (untranslate("stargate-unwinds", 1), "/stories/2/steps/1/caption: has no Chinese translation"),
    (replace("stargate-announced", 0, "Oracle agreed", "Oracle (seed-002) agreed"), "caption: says seed"),
    (replace("stargate-unwinds", 3, "Microsoft has", "microsoft-steps-in-abandoned-projects has"), "shows an id"),
]


def main(argv):
    model = json.loads(pathlib.Path(argv[1]).read_text(encoding="utf-8"))
    clean = [check_reader_text.pointer(p) + ": " + w for p, w, _ in
             list(check_reader_text.offences(model)) + list(check_reader_text.caption_offences(model))]
    failed = 0
    if clean:
        print("FAIL: the dataset itself has offences:", clean)
        failed += 1
    for mutate, expected in CASES:
        broken = copy.deepcopy(model)
        mutate(broken)
        report = "\n".join(
            f"{check_reader_text.pointer(p)}: {what}: {word}"
            for p, word, what in list(check_reader_text.offences(broken))
            + list(check_reader_text.caption_offences(broken)))
        if expected not in report:
            print(f"FAIL: expected {expected!r} in:\n{report or '(no offence)'}")
            failed += 1
    print(f"{len(CASES) + 1 - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
