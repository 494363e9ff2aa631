import type { Point, Ring } from './svg-path-rings.js';

export interface Area {
  id: string;
  /** The larger area it belongs to (a département's région). */
  group: string;
  rings: Ring[];
}

interface Segment {
  a: Point;
  b: Point;
  area: string;
  group: string;
}

/** Grid cell size, in map units, of the index that finds nearby segments. */
const CELL = 4;

function distanceToSegment(p: Point, { a, b }: Segment): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  return Math.hypot(a[0] + t * dx - p[0], a[1] + t * dy - p[1]);
}

function cellsOf({ a, b }: Pick<Segment, 'a' | 'b'>): string[] {
  const cells: string[] = [];
  for (let x = Math.floor(Math.min(a[0], b[0]) / CELL); x <= Math.floor(Math.max(a[0], b[0]) / CELL); x++) {
    for (let y = Math.floor(Math.min(a[1], b[1]) / CELL); y <= Math.floor(Math.max(a[1], b[1]) / CELL); y++) cells.push(`${x},${y}`);
  }
  return cells;
}

/**
 * The outline of each group of areas (régions made of départements), as the segments of its
 * areas' borders that no other area of the same group runs along. Two neighbouring areas of
 * a map rarely share exactly the same vertices, so a border is inner when another area of
 * the group passes within `tolerance` map units of its middle; a coast or a border with
 * another group has none. Returns group → segments.
 */
export function groupOutlines(areas: Area[], tolerance = 1.2): Map<string, [Point, Point][]> {
  const segments: Segment[] = areas.flatMap((area) =>
    area.rings.flatMap((ring) => ring.map((a, i) => ({ a, b: ring[(i + 1) % ring.length]!, area: area.id, group: area.group }))),
  );
  const grid = new Map<string, Segment[]>();
  for (const s of segments) {
    for (const cell of cellsOf(s)) {
      const list = grid.get(cell);
      if (list) list.push(s);
      else grid.set(cell, [s]);
    }
  }
  const inner = (s: Segment): boolean => {
    const middle: Point = [(s.a[0] + s.b[0]) / 2, (s.a[1] + s.b[1]) / 2];
    const [cx, cy] = [Math.floor(middle[0] / CELL), Math.floor(middle[1] / CELL)];
    for (let x = cx - 1; x <= cx + 1; x++) {
      for (let y = cy - 1; y <= cy + 1; y++) {
        for (const other of grid.get(`${x},${y}`) ?? []) {
          if (other.group === s.group && other.area !== s.area && distanceToSegment(middle, other) < tolerance) return true;
        }
      }
    }
    return false;
  };
  const outlines = new Map<string, [Point, Point][]>();
  for (const s of segments) {
    if (inner(s)) continue;
    const list = outlines.get(s.group);
    if (list) list.push([s.a, s.b]);
    else outlines.set(s.group, [[s.a, s.b]]);
  }
  return outlines;
}
