#!/usr/bin/env python3
"""Reads an exported slide SVG the way a projector shows it: the effective size of every text
(its font size times the scale of every transform above it), which texts belong to the graph
(drawn under the graph's own scale) and which to the slide (title, legend, footer), and where
each text's box lies. Checks the type contract of docs/user-guide.md ("Slides that read"):

  slide_type_check.py FILE.svg --slide-height-px H [--min-pt 10] [--name-factor 1.2]
                      [--fill 0.6] [--min-graph-texts N]

A slide is 13.33 in wide at 16:9; its height H pixels stand for 7.5 in, so 1 pt is H / 540 px.
Fails (exit 1), printing why, if a graph text is under min-pt, an entity name under
min-pt * name-factor, a slide text under min-pt, two graph texts overlap, or the graph's texts
span less than `fill` of the slide's width or height."""
import argparse
import re
import sys
import xml.etree.ElementTree as ET

NS = '{http://www.w3.org/2000/svg}'


def parse_matrix(text):
    if not text:
        return (1, 0, 0, 1, 0, 0)
    m = re.search(r'matrix\(([^)]*)\)', text)
    if m:
        return tuple(float(x) for x in re.split(r'[ ,]+', m.group(1).strip()))
    m = re.search(r'translate\(([^)]*)\)', text)
    if m:
        v = [float(x) for x in re.split(r'[ ,]+', m.group(1).strip())]
        return (1, 0, 0, 1, v[0], v[1] if len(v) > 1 else 0)
    m = re.search(r'scale\(([^)]*)\)', text)
    if m:
        v = [float(x) for x in re.split(r'[ ,]+', m.group(1).strip())]
        return (v[0], 0, 0, v[1] if len(v) > 1 else v[0], 0, 0)
    return (1, 0, 0, 1, 0, 0)


def compose(a, b):
    a0, a1, a2, a3, a4, a5 = a
    b0, b1, b2, b3, b4, b5 = b
    return (a0 * b0 + a2 * b1, a1 * b0 + a3 * b1, a0 * b2 + a2 * b3, a1 * b2 + a3 * b3,
            a0 * b4 + a2 * b5 + a4, a1 * b4 + a3 * b5 + a5)


# Advance widths in em of DejaVu Sans, the sans font the app draws with here, by class of
# character; a little generous, so texts that touch count as overlapping.
NARROW = set("iljtfrI.,:;'|!()[] ")
WIDE = set("mwMW%@")


def advance(text):
    width = 0.0
    for c in text:
        if ord(c) > 0x2e80:
            width += 1.0  # CJK ideographs are square
        elif c in NARROW:
            width += 0.4
        elif c in WIDE:
            width += 1.0
        elif c.isupper() or c.isdigit() or c in '$#&':
            width += 0.7
        else:
            width += 0.62
    return width


def texts(path):
    out = []

    def walk(element, matrix, size):
        matrix = compose(matrix, parse_matrix(element.get('transform')))
        size = float(element.get('font-size', size))
        if element.tag == NS + 'text':
            text = ''.join(element.itertext()).strip()
            if text:
                scale = abs(matrix[0] * matrix[3] - matrix[1] * matrix[2]) ** 0.5
                x, y = float(element.get('x', 0)), float(element.get('y', 0))
                X = matrix[0] * x + matrix[2] * y + matrix[4]
                Y = matrix[1] * x + matrix[3] * y + matrix[5]
                px = size * scale
                anchor = element.get('text-anchor', 'start')
                width = advance(text) * px
                left = X - (width / 2 if anchor == 'middle' else width if anchor == 'end' else 0)
                item = {'text': text, 'px': px, 'size': size, 'scale': scale,
                        'box': (left, Y - 0.75 * px, left + width, Y + 0.2 * px),
                        'matrix': matrix, 'y': y}
                # Qt writes a line that mixes scripts (至少 $13B) as one text element per font:
                # a run that follows the last one on its baseline, under the same transform,
                # is the same line.
                last = out[-1] if out else None
                if (last and last['matrix'] == matrix and abs(last['y'] - y) < 0.5
                        and last['size'] == size and x >= float(last.get('x', x))):
                    last['text'] += text
                    b = last['box']
                    last['box'] = (b[0], b[1], max(b[2], left + width), b[3])
                else:
                    out.append(item)
                out[-1]['x'] = x
        for child in element:
            walk(child, matrix, size)

    walk(ET.parse(path).getroot(), (1, 0, 0, 1, 0, 0), 12.0)
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('svg')
    parser.add_argument('--slide-height-px', type=float, required=True)
    parser.add_argument('--min-pt', type=float, default=10)
    parser.add_argument('--name-factor', type=float, default=1.2)
    parser.add_argument('--fill', type=float, default=0.6)
    parser.add_argument('--min-graph-texts', type=int, default=1)
    args = parser.parse_args()

    px_per_pt = args.slide_height_px / 540.0
    slide_scale = args.slide_height_px / 1080.0  # the slide is drawn 1080 units high
    found = texts(args.svg)
    graph = [t for t in found if abs(t['scale'] - slide_scale) > 1e-3 * slide_scale]
    slide = [t for t in found if t not in graph]
    problems = []
    if len(graph) < args.min_graph_texts:
        problems.append(f'{len(graph)} graph texts, expected at least {args.min_graph_texts}')
    # Entity names are the graph's largest font (names are name-factor times the rest).
    smallest = min((t['size'] for t in graph), default=0)
    for t in graph:
        is_name = t['size'] > smallest * (1 + (args.name_factor - 1) / 2)
        need = args.min_pt * (args.name_factor if is_name else 1)
        if t['px'] / px_per_pt < need - 0.05:
            kind = 'name' if is_name else 'text'
            problems.append(f"graph {kind} {t['text']!r} is {t['px'] / px_per_pt:.1f} pt, "
                            f"under {need:g} pt")
    for t in slide:
        if t['px'] / px_per_pt < args.min_pt - 0.05:
            problems.append(f"slide text {t['text']!r} is {t['px'] / px_per_pt:.1f} pt, "
                            f"under {args.min_pt:g} pt")
    for i, a in enumerate(graph):
        for b in graph[i + 1:]:
            ax0, ay0, ax1, ay1 = a['box']
            bx0, by0, bx1, by1 = b['box']
            if min(ax1, bx1) - max(ax0, bx0) > 1 and min(ay1, by1) - max(ay0, by0) > 1:
                problems.append(f"graph texts overlap: {a['text']!r} and {b['text']!r}")
    if graph:
        view_box = ET.parse(args.svg).getroot().get('viewBox', '0 0 0 0')
        width, height = (float(v) for v in view_box.split()[2:4])
        span_x = max(t['box'][2] for t in graph) - min(t['box'][0] for t in graph)
        span_y = max(t['box'][3] for t in graph) - min(t['box'][1] for t in graph)
        # The graph's room is the slide less margins, title, legend and footer: about 90 % of
        # the width and 60 % of the height; "most of it" is measured against those.
        fill = max(span_x / (0.9 * width), span_y / (0.6 * height)) if width and height else 1
        print(f'graph texts {len(graph)}, smallest {min(t["px"] for t in graph) / px_per_pt:.1f} pt;'
              f' slide texts {len(slide)}, smallest '
              f'{min((t["px"] for t in slide), default=0) / px_per_pt:.1f} pt; '
              f'the graph spans {span_x:.0f}x{span_y:.0f} px, fill {fill:.2f}')
        if fill < args.fill:
            problems.append(f'the graph fills {fill:.2f} of its room, under {args.fill}')
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
