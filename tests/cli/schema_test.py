#!/usr/bin/env python3
"""The JSON Schema agrees with the loader: the bundled dataset and every valid fixture validate
against resources/schema/dealgraph.schema.json, and broken fixtures that break a rule the schema
can express are rejected by it too.

Usage: schema_test.py SCHEMA DATASET TEST_DATA_DIR
"""
import json
import pathlib
import sys

import jsonschema

# Broken fixtures whose fault is structural (types, enums, required members, patterns), which
# a JSON Schema can express; the others (references, ranges between members, calendar checks,
# duplicates) are the loader's job alone.
SCHEMA_CATCHES = [
    "top-level-array", "wrong-format", "missing-version", "entities-not-array",
    "entity-missing-name", "entity-bad-id", "entity-unknown-kind", "entity-name-not-string",
    "deal-unknown-kind", "deal-no-flows", "deal-no-history", "flow-unknown-type",
    "amount-negative", "amount-percent-over-100", "amount-unknown-unit", "amount-unknown-qualifier",
    "amount-value-is-string", "date-month-13", "date-wrong-format", "status-unknown",
    "source-bad-url", "source-file-url",
    "story-bad-date", "story-steps-not-array", "story-unknown-layout", "story-bad-filter",
]


def main():
    schema_path, dataset, data = map(pathlib.Path, sys.argv[1:4])
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    passed = failed = 0

    def check(ok, what):
        nonlocal passed, failed
        if ok:
            passed += 1
        else:
            failed += 1
            print("FAIL:", what)

    for path in [dataset, *sorted((data / "valid").glob("*.json")), data / "small-model.json"]:
        if not path.exists():
            continue
        errors = list(validator.iter_errors(json.loads(path.read_text(encoding="utf-8"))))
        check(not errors, f"{path.name} should validate: {errors[0].message if errors else ''}")
    for name in SCHEMA_CATCHES:
        model = json.loads((data / "invalid" / f"{name}.json").read_text(encoding="utf-8"))
        check(not validator.is_valid(model), f"schema accepts invalid/{name}.json")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
