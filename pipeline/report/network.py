"""The relation network: entities as nodes, typed relations as edges, drawn as plain SVG.

networkx finds the connected groups and lays each out (a seeded force-directed layout, so
the same tables give the same picture); the SVG is written here so it needs no script, no
font and no viewer. A corpus of thousands of articles relates thousands of entities, which
no one can read in one picture: the largest groups are drawn, up to ``MAX_NODES`` entities,
and the page says how many were left out (every relation stays in the tables and on its
document's page).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from html import escape

# Relation types drawn as edges, their colours, and whether the edge has a direction
# (a visit goes from visitor to place; a meeting or an agreement is between equals).
EDGE_TYPES: dict[str, tuple[str, bool]] = {
    "visit": ("#1f77b4", True),
    "meeting": ("#ff7f0e", False),
    "membership": ("#2ca02c", True),
    "agreement": ("#d62728", False),
    "position": ("#9467bd", True),
    "founding": ("#8c564b", True),
}
NODE_COLORS = {"PERSON": "#aa9cfc", "ORG": "#7aecec", "GPE": "#feca74", "LOC": "#ff9561",
               "FAC": "#9cc9cc", "NORP": "#c887fb"}
OTHER_NODE_COLOR = "#dddddd"
MAX_NODES = 120  # entities drawn at most (whole groups, largest first)
WIDTH, MARGIN, GAP, PAD = 960, 16, 10, 14  # the height follows from the groups drawn
LABEL_ROOM = 120  # names are written right of their node: keep room for them
CELL = 100  # side of a group's box per square root of its number of nodes
PAIR_BOX = (180.0, 50.0)
WIDE_GROUP, MAX_GROUP_HEIGHT = 12, 640  # groups larger than this take a whole row
MAX_LABEL_CHARS = 34
LAYOUT_SEED = 7


@dataclass
class Edge:
    source: str
    target: str
    type: str
    relations: list[dict] = field(default_factory=list)


@dataclass
class Network:
    svg: str
    nodes: int  # entities drawn
    related: int  # entities in any drawn relation type
    edges: int  # (subject, object, type) edges drawn


def collect_edges(relations: list[dict]) -> list[Edge]:
    """One edge per (subject, object, type), with every relation that states it; order-free
    types count A-B and B-A as one edge."""
    edges: dict[tuple[str, str, str], Edge] = {}
    for row in relations:
        kind, subject, obj = row.get("type"), row.get("subject_id"), row.get("object_id")
        if kind not in EDGE_TYPES or not subject or not obj or subject == obj:
            continue
        if not EDGE_TYPES[kind][1]:
            subject, obj = sorted((subject, obj))
        key = (subject, obj, kind)
        edges.setdefault(key, Edge(subject, obj, kind)).relations.append(row)
    return [edges[key] for key in sorted(edges)]


def _degrees(edges: list[Edge]) -> Counter:
    degree: Counter = Counter()
    for edge in edges:
        degree[edge.source] += len(edge.relations)
        degree[edge.target] += len(edge.relations)
    return degree


def choose_nodes(edges: list[Edge], entities: dict[str, dict]) -> tuple[list[str], int]:
    """The entities to draw, most connected first, and how many are related at all.

    Whole connected groups are taken, largest first, while they fit in ``MAX_NODES``, so no
    drawn entity loses the partner that made it related; a single group larger than that
    keeps its most connected members.
    """
    import networkx as nx

    degree = _degrees(edges)
    graph = nx.Graph((e.source, e.target) for e in edges)
    key = {n: (-degree[n], entities.get(n, {}).get("name", ""), n) for n in graph}
    groups = sorted((sorted(c, key=key.get) for c in nx.connected_components(graph)),
                    key=lambda c: (-len(c), key[c[0]]))
    chosen: list[str] = []
    for group in groups:
        if len(chosen) + len(group) <= MAX_NODES:
            chosen += group
        elif not chosen:
            kept = set(group[:MAX_NODES])
            linked = {n for e in edges if e.source in kept and e.target in kept
                      for n in (e.source, e.target)}
            chosen = [n for n in group[:MAX_NODES] if n in linked]
            break
    return sorted(chosen, key=key.get), len(graph)


def _layout(nodes: list[str], edges: list[Edge]) -> tuple[dict[str, tuple[float, float]], float]:
    """Positions of the nodes and the picture's height.

    A news corpus relates many small groups (a minister and a ministry) that share no one.
    One force-directed layout of them all throws those groups to a ring around the few big
    ones, overlapping; so each connected group is laid out on its own and the groups are
    packed in rows, largest first, each in a box sized by its number of nodes.
    """
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(nodes)
    for edge in edges:
        weight = graph.get_edge_data(edge.source, edge.target, {}).get("weight", 0)
        graph.add_edge(edge.source, edge.target, weight=weight + len(edge.relations))
    rank = {n: i for i, n in enumerate(nodes)}  # most connected first
    groups = sorted((sorted(c, key=rank.get) for c in nx.connected_components(graph)),
                    key=lambda c: (-len(c), rank[c[0]]))
    pos: dict[str, tuple[float, float]] = {}
    x, y, row_height = MARGIN, MARGIN, 0.0
    for group in groups:
        width, height = _box(len(group))
        if x + width > WIDTH - MARGIN / 2 and x > MARGIN:
            x, y, row_height = MARGIN, y + row_height + GAP, 0.0
        pos.update(_place(graph.subgraph(group), group, x, y, width - LABEL_ROOM, height))
        x += width + GAP
        row_height = max(row_height, height)
    return pos, y + row_height + MARGIN


def _box(size: int) -> tuple[float, float]:
    """(width, height) of a group's box: a pair stands upright, names to its right; a big
    group takes a whole row, less tall than wide."""
    if size <= 2:
        return PAIR_BOX
    if size > WIDE_GROUP:
        return WIDTH - 2 * MARGIN, min(CELL * math.sqrt(size) * 0.8, MAX_GROUP_HEIGHT)
    return CELL * math.sqrt(size) + LABEL_ROOM, CELL * math.sqrt(size)


def _place(graph, group: list[str], x: float, y: float, width: float, height: float):
    if len(group) <= 2:
        step = (height - 2 * PAD) / max(len(group) - 1, 1)
        return {n: (x + PAD, y + PAD + i * step) for i, n in enumerate(group)}
    import networkx as nx

    k = 1.5 / math.sqrt(len(group))  # a little looser than networkx's default spacing
    layout = nx.spring_layout(graph, k=k, iterations=100, seed=LAYOUT_SEED)
    xs = [p[0] for p in layout.values()]
    ys = [p[1] for p in layout.values()]
    span_x, span_y = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    return {n: (x + PAD + (layout[n][0] - min(xs)) / span_x * (width - 2 * PAD),
                y + PAD + (layout[n][1] - min(ys)) / span_y * (height - 2 * PAD))
            for n in group}


def draw(relations: list[dict], entities: dict[str, dict], link) -> Network:
    """The network of ``relations`` as SVG; ``link(relation)`` gives a relation's page URL."""
    edges = collect_edges(relations)
    nodes, related = choose_nodes(edges, entities)
    if not nodes:
        return Network("", 0, 0, 0)
    kept = set(nodes)
    edges = [e for e in edges if e.source in kept and e.target in kept]
    pos, height = _layout(nodes, edges)
    degree = _degrees(edges)
    parts = [
        f'<svg id="network" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height:.0f}" '
        f'role="img" aria-label="relation network">',
        "<defs>",
        *(f'<marker id="arrow-{kind}" viewBox="0 0 10 10" refX="10" refY="5" '
          f'markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" '
          f'orient="auto-start-reverse">'
          f'<path d="M0,0L10,5L0,10z" fill="{color}"/></marker>'
          for kind, (color, directed) in EDGE_TYPES.items() if directed),
        "</defs>",
        '<g class="edges">',
        *_edges_svg(edges, pos, entities, degree, link),
        "</g>",
        '<g class="nodes">',
        *(_node_svg(n, pos[n], entities.get(n, {}), degree[n]) for n in nodes),
        "</g>",
        "</svg>",
    ]
    return Network("\n".join(parts), len(nodes), related, len(edges))


def _radius(degree: int) -> float:
    return 4 + 2.2 * math.sqrt(degree)


def _edges_svg(edges, pos, entities, degree, link):
    # Several types between the same two entities are drawn as arcs bent apart.
    pair_count = Counter(tuple(sorted((e.source, e.target))) for e in edges)
    pair_seen: Counter = Counter()
    for edge in edges:
        pair = tuple(sorted((edge.source, edge.target)))
        index = pair_seen[pair]
        pair_seen[pair] += 1
        bend = (index - (pair_count[pair] - 1) / 2) * 28
        color, directed = EDGE_TYPES[edge.type]
        (x1, y1), (x2, y2) = pos[edge.source], pos[edge.target]
        length = math.hypot(x2 - x1, y2 - y1) or 1.0
        # stop at the target's rim so the arrowhead shows
        shrink = _radius(degree[edge.target]) + 2 if directed else 0
        x2e, y2e = x2 - (x2 - x1) * shrink / length, y2 - (y2 - y1) * shrink / length
        cx = (x1 + x2) / 2 - (y2 - y1) / length * bend
        cy = (y1 + y2) / 2 + (x2 - x1) / length * bend
        arrow = f' marker-end="url(#arrow-{edge.type})"' if directed else ""
        width = min(1 + len(edge.relations) * 0.5, 5)
        name = entities.get(edge.source, {}).get("name", edge.source)
        other = entities.get(edge.target, {}).get("name", edge.target)
        count = len(edge.relations)
        tip = f"{name} {edge.type} {other} ({count} relation{'s' if count > 1 else ''})"
        yield (f'<a href="{escape(link(edge.relations[0]))}">'
               f'<path class="edge {edge.type}" data-source="{edge.source}" '
               f'data-target="{edge.target}" d="M{x1:.1f},{y1:.1f}Q{cx:.1f},{cy:.1f} '
               f'{x2e:.1f},{y2e:.1f}" fill="none" stroke="{color}" stroke-width="{width:.1f}"'
               f'{arrow}><title>{escape(tip)}</title></path></a>')


def _node_svg(node: str, xy, entity: dict, degree: int) -> str:
    name = entity.get("name", node)
    kind = entity.get("type", "")
    color = NODE_COLORS.get(kind, OTHER_NODE_COLOR)
    x, y = xy
    r = _radius(degree)
    tip = f"{name} ({kind}): {degree} relation{'s' if degree != 1 else ''}"
    short = name if len(name) <= MAX_LABEL_CHARS else name[:MAX_LABEL_CHARS - 1] + "…"
    label = f'<text x="{x + r + 3:.1f}" y="{y + 4:.1f}">{escape(short)}</text>'
    return (f'<g class="node" data-entity-id="{escape(node)}"><circle cx="{x:.1f}" '
            f'cy="{y:.1f}" r="{r:.1f}" fill="{color}" stroke="#555"/>{label}'
            f'<title>{escape(tip)}</title></g>')


def legend() -> list[tuple[str, str, bool]]:
    """(type, colour, directed) for the page's legend."""
    return [(kind, color, directed) for kind, (color, directed) in EDGE_TYPES.items()]
