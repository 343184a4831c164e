#!/usr/bin/env python3
"""Checks the rooms of app/src (docs/architecture.md): every source file sits in a room, every
include of an app header names its room, and includes run one way, from a room to the rooms
above it: document <- scene <- panels, export <- shell; document <- editing <- shell. Prints each offending line with its
place; exits 1 if there is any."""
import re
import sys
from pathlib import Path

ORDER = ["document", "scene", "panels", "export", "editing", "shell"]
# panels and export are siblings: neither may include the other.
ALLOWED = {
    "document": {"document"},
    "scene": {"document", "scene"},
    "panels": {"document", "scene", "panels"},
    "export": {"document", "scene", "export"},
    # The edit forms: siblings of panels and export.
    "editing": {"document", "editing"},
    "shell": set(ORDER),
}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')


def main(src: Path) -> int:
    problems = []
    top = [p.name for p in src.iterdir() if p.is_file()]
    if top:
        problems.append(f"{src}: files outside a room: {', '.join(sorted(top))}")
    headers = {p.name: p.parent.name for p in src.glob("*/*.h")}
    for room_dir in sorted(p for p in src.iterdir() if p.is_dir()):
        room = room_dir.name
        if room not in ALLOWED:
            problems.append(f"{room_dir}: not a room of docs/architecture.md")
            continue
        for path in sorted(room_dir.glob("*")):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                match = INCLUDE.match(line)
                if not match:
                    continue
                target = match.group(1)
                if "/" not in target:
                    if target in headers:
                        problems.append(f"{path}:{number}: include \"{target}\" without its "
                                        f"room (\"{headers[target]}/{target}\")")
                    continue
                other = target.split("/", 1)[0]
                if other in ALLOWED and other not in ALLOWED[room]:
                    problems.append(f"{path}:{number}: {room}/ includes {target}, but {room}/ "
                                    f"may use only {', '.join(sorted(ALLOWED[room]))}")
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
