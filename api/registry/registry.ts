import { createRequire } from 'node:module';
import { normalizeName } from './normalize.js';
import { strateOf, type Strate } from './strate.js';

export type CollectiviteType =
  | 'region'
  | 'departement'
  | 'metropole'
  | 'communaute_urbaine'
  | 'communaute_agglomeration'
  | 'communaute_communes'
  | 'commune';

export interface Collectivite {
  /** Registry key used as the `collectivite` answer: `commune:38185`, `epci:200040715`, `departement:38`, `region:84`. */
  key: string;
  code: string;
  nom: string;
  type: CollectiviteType;
  population: number | null;
  strate: Strate | null;
  departement: string | null;
  region: string | null;
  codesPostaux: string[];
}

export interface SearchPage {
  items: Collectivite[];
  total: number;
}

export interface Registry {
  readonly size: number;
  all(): readonly Collectivite[];
  get(key: string): Collectivite | undefined;
  search(query: string, options?: { skip?: number; take?: number }): SearchPage;
}

interface Indexed {
  entry: Collectivite;
  name: string;
  /** The name between spaces, so that word boundaries are plain substring tests. */
  padded: string;
  words: string[];
  codes: string[];
}

const TYPE_LABELS: Record<CollectiviteType, string> = {
  region: 'région',
  departement: 'département',
  metropole: 'métropole',
  communaute_urbaine: 'communauté urbaine',
  communaute_agglomeration: 'communauté d’agglomération',
  communaute_communes: 'communauté de communes',
  commune: 'commune',
};

/** A short French label that tells homonyms apart: "Grenoble (commune, 38)". */
export function displayLabel(c: Collectivite): string {
  const where = c.type === 'commune' && c.departement ? `, ${c.departement}` : '';
  return `${c.nom} (${TYPE_LABELS[c.type]}${where})`;
}

const EPCI_TYPES: Record<string, CollectiviteType> = {
  METRO: 'metropole',
  MET69: 'metropole',
  CU: 'communaute_urbaine',
  CA: 'communaute_agglomeration',
  CC: 'communaute_communes',
};

interface RawCommune {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  region?: string;
  siren?: string;
  codesPostaux?: string[];
  population?: number;
}
interface RawEpci {
  code: string;
  nom: string;
  type: string;
  populationMunicipale?: number;
  membres?: { code: string }[];
}
interface RawArea {
  code: string;
  nom: string;
  region?: string;
}

export interface RawRegistryData {
  communes: RawCommune[];
  epci: RawEpci[];
  departements: RawArea[];
  regions: RawArea[];
}

/** Reads the official registry shipped by `@etalab/decoupage-administratif`. */
export function readEtalabData(): RawRegistryData {
  const require = createRequire(import.meta.url);
  const dir = '@etalab/decoupage-administratif/data';
  return {
    communes: require(`${dir}/communes.json`) as RawCommune[],
    epci: require(`${dir}/epci.json`) as RawEpci[],
    departements: require(`${dir}/departements.json`) as RawArea[],
    regions: require(`${dir}/regions.json`) as RawArea[],
  };
}

function entry(
  kind: string,
  code: string,
  nom: string,
  type: CollectiviteType,
  population: number | null,
  extra: Partial<Collectivite> = {},
): Collectivite {
  return {
    key: `${kind}:${code}`,
    code,
    nom,
    type,
    population,
    strate: population === null ? null : strateOf(population),
    departement: null,
    region: null,
    codesPostaux: [],
    ...extra,
  };
}

/**
 * Builds the in-memory registry: current communes (not delegated communes nor municipal
 * arrondissements, which are not collectivities), EPCI with their legal type, départements
 * and régions with the population of their communes.
 */
export function buildRegistry(data: RawRegistryData): Registry {
  const communes = data.communes.filter((c) => c.type === 'commune-actuelle');
  const communeArea = new Map(communes.map((c) => [c.code, { departement: c.departement ?? null, region: c.region ?? null }]));
  const popByDep = new Map<string, number>();
  const popByReg = new Map<string, number>();
  for (const c of communes) {
    const pop = c.population ?? 0;
    if (c.departement) popByDep.set(c.departement, (popByDep.get(c.departement) ?? 0) + pop);
    if (c.region) popByReg.set(c.region, (popByReg.get(c.region) ?? 0) + pop);
  }
  const entries: Collectivite[] = [
    ...data.regions.map((r) => entry('region', r.code, r.nom, 'region', popByReg.get(r.code) ?? null, { region: r.code })),
    ...data.departements.map((d) =>
      entry('departement', d.code, d.nom, 'departement', popByDep.get(d.code) ?? null, {
        departement: d.code,
        region: d.region ?? null,
      }),
    ),
    ...data.epci.flatMap((e) => {
      const type = EPCI_TYPES[e.type];
      // An EPCI lies where its first member commune lies (for tracking by region).
      const area = communeArea.get(e.membres?.[0]?.code ?? '') ?? { departement: null, region: null };
      return type ? [entry('epci', e.code, e.nom, type, e.populationMunicipale ?? null, area)] : [];
    }),
    ...communes.map((c) =>
      entry('commune', c.code, c.nom, 'commune', c.population ?? null, {
        departement: c.departement ?? null,
        region: c.region ?? null,
        codesPostaux: c.codesPostaux ?? [],
      }),
    ),
  ];
  return createRegistry(entries);
}

function createRegistry(entries: Collectivite[]): Registry {
  const byKey = new Map(entries.map((e) => [e.key, e]));
  const index: Indexed[] = entries.map((e) => {
    const name = normalizeName(e.nom);
    return { entry: e, name, padded: ` ${name} `, words: name.split(' '), codes: [e.code, e.key, ...e.codesPostaux] };
  });

  // Lower is better; undefined means no match. `word` is the query between spaces.
  function score(item: Indexed, q: string, word: string, tokens: string[], raw: string): number | undefined {
    if (item.codes.includes(raw)) return 0;
    if (item.name === q) return 1;
    if (item.padded.startsWith(word)) return 2;
    if (item.padded.includes(word)) return 3;
    if (item.name.startsWith(q)) return 4;
    if (item.padded.includes(word.slice(0, -1))) return 5;
    if (tokens.length > 1 && tokens.every((t) => item.words.some((w) => w.startsWith(t)))) return 6;
    if (q.length >= 3 && item.name.includes(q)) return 7;
    return undefined;
  }

  let sorted: Collectivite[] | undefined;
  const byPopulation = () => (sorted ??= [...entries].sort((a, b) => (b.population ?? 0) - (a.population ?? 0)));

  return {
    size: entries.length,
    all: () => entries,
    get: (key) => byKey.get(key),
    search(query, { skip = 0, take = 20 } = {}) {
      const raw = query.trim().toLowerCase();
      const q = normalizeName(query);
      // Before anything is typed, offer the largest collectivities (régions first).
      if (q === '') return { items: byPopulation().slice(skip, skip + take), total: entries.length };
      const tokens = q.split(' ');
      const word = ` ${q} `;
      const hits: { s: number; e: Collectivite }[] = [];
      for (const item of index) {
        const s = score(item, q, word, tokens, raw);
        if (s !== undefined) hits.push({ s, e: item.entry });
      }
      // Best match first, then the most populous: "grenoble" puts the métropole and the
      // city before the small communes whose name merely contains it.
      hits.sort((a, b) => a.s - b.s || (b.e.population ?? 0) - (a.e.population ?? 0) || a.e.nom.localeCompare(b.e.nom, 'fr'));
      return { items: hits.slice(skip, skip + take).map((h) => h.e), total: hits.length };
    },
  };
}
