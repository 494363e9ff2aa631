export type Point = readonly [number, number];
export type Ring = Point[];

/**
 * The closed rings of an SVG path made of straight lines only (move, line, horizontal,
 * vertical, close; relative or absolute), as absolute points. Map paths are drawn so; a
 * curve command is refused rather than misread.
 */
export function svgPathRings(d: string): Ring[] {
  const tokens = d.match(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? [];
  const rings: Ring[] = [];
  let ring: Point[] | null = null;
  let x = 0;
  let y = 0;
  let command = '';
  const finish = () => {
    if (ring && ring.length > 2) rings.push(ring);
    ring = null;
  };
  // After a close, the pen is back at the ring's start.
  const close = () => {
    if (ring) [x, y] = ring[0]!;
    finish();
  };
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i]!;
    if (/[a-zA-Z]/.test(token)) {
      if (!/^[mlhvzMLHVZ]$/.test(token)) throw new Error(`Commande de tracé non prise en charge\u202f: ${token}`);
      if (token === 'z' || token === 'Z') close();
      command = token;
      i++;
      continue;
    }
    const relative = command === command.toLowerCase();
    const a = Number(token);
    if (command === 'h' || command === 'H' || command === 'v' || command === 'V') {
      if (command === 'h' || command === 'H') x = relative ? x + a : a;
      else y = relative ? y + a : a;
      i++;
    } else {
      const b = Number(tokens[i + 1]);
      x = relative ? x + a : a;
      y = relative ? y + b : b;
      i += 2;
    }
    if (command === 'm' || command === 'M') {
      finish();
      ring = [[x, y]];
      // Pairs after a move are lines (SVG's rule).
      command = relative ? 'l' : 'L';
    } else {
      (ring ??= [[x, y]]).push([x, y]);
    }
  }
  finish();
  return rings;
}

/** The smallest box holding the rings: [x, y, width, height]. */
export function boundingBox(rings: Ring[]): [number, number, number, number] {
  const xs = rings.flatMap((r) => r.map((p) => p[0]));
  const ys = rings.flatMap((r) => r.map((p) => p[1]));
  const [x0, y0] = [Math.min(...xs), Math.min(...ys)];
  return [x0, y0, Math.max(...xs) - x0, Math.max(...ys) - y0];
}

const n = (v: number) => String(Math.round(v * 10) / 10);

/** Rings back as a compact absolute path. */
export function ringsToPath(rings: Ring[]): string {
  return rings.map((r) => `M${r.map((p) => `${n(p[0])} ${n(p[1])}`).join('L')}Z`).join('');
}
