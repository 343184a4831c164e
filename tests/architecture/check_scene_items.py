#!/usr/bin/env python3
"""Checks that GraphScene's items all go through GraphScene::addToScene, which keeps the order
they were added in (graph_scene.h: itemsInOrderAdded). The overview's background render walks
that list instead of Qt's sorted one; an item added past it would be missing from the image.
Prints each offending line with its place; exits 1 if there is any."""
import re
import sys
from pathlib import Path

# QGraphicsScene's ways to add an item; QPainterPath::addRect and the like are not called on
# the scene and take other arguments, so only bare calls (a scene member's) are matched.
ADD = re.compile(r"(?<![\w.>])(addItem|addLine|addPath|addRect|addEllipse|addPolygon|"
                 r"addPixmap|addText|addSimpleText|addWidget)\s*\(")


def main(scene_dir: Path) -> int:
    problems = []
    for path in sorted(scene_dir.glob("graph_scene*.cpp")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, 1):
            if not ADD.search(line.split("//", 1)[0]):
                continue
            # The one call allowed: addToScene's own.
            if number > 1 and "GraphScene::addToScene(" in lines[number - 2]:
                continue
            problems.append(f"{path}:{number}: add items with addToScene: {line.strip()}")
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
