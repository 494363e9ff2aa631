/**
 * Writes the replay datasets: respondent-level RECONSTRUCTIONS of the historical surveys,
 * built so that they reproduce every figure and finding the guide publishes
 * (shared/spec/published-figures.json). They are not the historical microdata, which were
 * never published; the service labels them as reconstructions everywhere, and their results
 * mark which questions those figures constrain (`sourced`). What the source does not report
 * is left unanswered where the instrument allows it.
 *
 * Deterministic: run `npx tsx surveys/replays/generate-replays.ts` to write them again.
 * The published-figures test recomputes the figures from the stored responses; it does not
 * trust this script.
 */
import fs from 'node:fs';
import path from 'node:path';

type Answers = Record<string, unknown>;

interface Replay {
  survey: string;
  campaign: string;
  label: string;
  note: string;
  responses: Answers[];
}

const NOTE =
  'Reconstitution : réponses individuelles construites pour être cohérentes avec les chiffres et constats publiés par le guide ARRICOD. Ce ne sont pas les données historiques, qui n’ont jamais été publiées. Seules les questions que ces chiffres et constats contraignent reflètent la source ; les autres restent sans réponse, sauf celles que toute réponse doit renseigner, dont les valeurs sont supposées.';

/** Expands [[value, times], …] into a list, in order. */
function spread<T>(parts: [T, number][]): T[] {
  return parts.flatMap(([v, n]) => Array.from({ length: n }, () => v));
}

/** A fixed permutation of 0..n-1 (multiplicative step coprime with n), so columns do not line up. */
function shuffle<T>(values: T[], step: number): T[] {
  const n = values.length;
  let s = step % n || 1;
  while (gcd(s, n) !== 1) s++;
  return values.map((_, i) => values[(i * s) % n]!);
}
function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

const TYPES = ['region', 'departement', 'metropole', 'communaute_agglomeration', 'commune', 'communaute_urbaine', 'communaute_communes'];

// ——— arricod-2016: 15 respondents ———
function arricod2016(): Replay {
  const n = 15;
  const types = spread<string>([['region', 4], ['departement', 3], ['metropole', 4], ['communaute_agglomeration', 2], ['commune', 2]]);
  const service = shuffle(spread<string>([['relations_internationales', 12], ['developpement_economique', 2], ['agence_developpement', 1]]), 4);
  const zone = shuffle(spread<string>([['nsp', 6], ['europe_amerique_sud', 5], ['chine', 3], ['maroc', 1]]), 7);
  const orientation = shuffle(spread<string>([['nouveaux_partenaires', 7], ['actualisation_cooperations', 3], ['les_deux', 3], ['nsp', 2]]), 2);
  // Actors: 'oui' counts 6/13 (two blank), 10, 3, 8, 13, 10 of 15.
  const actors: Record<string, (string | undefined)[]> = {
    chambres_consulaires: shuffle(spread<string | undefined>([['oui', 6], ['non', 7], [undefined, 2]]), 4),
    laboratoires_universites: shuffle(spread<string>([['oui', 10], ['non', 5]]), 2),
    associations_solidarite: shuffle(spread<string>([['oui', 3], ['non', 12]]), 11),
    reseaux: shuffle(spread<string>([['oui', 8], ['non', 7]]), 13),
    entreprises: shuffle(spread<string>([['oui', 13], ['non', 2]]), 8),
    agences_developpement: shuffle(spread<string>([['oui', 10], ['non', 5]]), 7),
  };
  // Importance 0–5: promotion and cooperation ahead of business support so far; business
  // support the most to be reinforced, promotion ahead of cooperation.
  const realisees = {
    promotion_internationale: shuffle([5, 5, 4, 4, 4, 4, 3, 3, 3, 3, 3, 2, 2, 1, 4], 2),
    internationalisation_entreprises: shuffle([0, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 1, 0, 2, 3], 4),
    cooperation_economique: shuffle([4, 4, 4, 3, 3, 3, 3, 3, 2, 2, 5, 2, 1, 3, 4], 7),
  };
  const aRenforcer = {
    promotion_internationale: shuffle([5, 4, 4, 4, 4, 3, 3, 4, 5, 3, 4, 2, 4, 3, 5], 8),
    internationalisation_entreprises: shuffle([5, 5, 5, 4, 4, 4, 4, 4, 3, 3, 5, 4, 2, 4, 5], 11),
    cooperation_economique: shuffle([3, 3, 2, 2, 2, 3, 4, 1, 2, 3, 2, 3, 2, 1, 3], 13),
  };
  const responses: Answers[] = [];
  for (let i = 0; i < n; i++) {
    const acteurs: Record<string, string> = {};
    for (const [row, values] of Object.entries(actors)) if (values[i]) acteurs[row] = values[i]!;
    responses.push({
      collectivite_type: types[i],
      service_repondant: service[i],
      actions_realisees: Object.fromEntries(Object.entries(realisees).map(([row, v]) => [row, v[i]])),
      actions_a_renforcer: Object.fromEntries(Object.entries(aRenforcer).map(([row, v]) => [row, v[i]])),
      acteurs_mobilises: acteurs,
      zone_cible: zone[i],
      orientation_partenaires: orientation[i],
    });
  }
  return { survey: 'arricod-2016', campaign: '2016', label: 'Sondage ARRICOD 2016 (reconstitution)', note: NOTE, responses };
}

// ——— arricod-2014: 18 respondents, 15 with economic cooperation projects ———
// Only those with projects are asked about them (who initiates, who implements, how involved
// the economic actors are, whether impact is evaluated): the other three leave them blank.
// The guide says nothing of who answered: the service is left blank; the type of collectivity
// and whether it has projects, which every response must give, rest on nothing.
function arricod2014(): Replay {
  const n = 18;
  const projets = shuffle(spread<string>([['oui', 15], ['non', 3]]), 5);
  const initiative = spread<string>([['dri', 8], ['dev_eco', 3], ['elus_cabinet', 2], ['agence_developpement', 1], ['acteurs_economiques', 1]]);
  const miseEnOeuvre: string[][] = [
    ['dri', 'dev_eco'], ['dev_eco'], ['dri', 'dev_eco', 'acteurs_economiques'], ['dri'], ['dev_eco', 'agence_developpement'],
    ['dri', 'dev_eco'], ['dri'], ['dev_eco'], ['dri', 'elus_cabinet'], ['dev_eco', 'acteurs_economiques'], ['dri'],
    ['dri', 'dev_eco'], ['agence_developpement'], ['dri', 'dev_eco'], ['dri', 'autre'],
  ];
  // Weak involvement (median 2), weakest where the RI team initiates (the first eight), as the guide says.
  const implication = [0, 0, 1, 1, 1, 1, 2, 1, 2, 3, 2, 3, 2, 4, 3];
  const evaluation = shuffle(spread<string>([['jamais', 9], ['parfois', 5], ['systematique', 1]]), 7);
  const responses: Answers[] = [];
  let k = 0;
  for (let i = 0; i < n; i++) {
    const a: Answers = {
      collectivite_type: TYPES[i % TYPES.length],
      projets_cooperation_eco: projets[i],
    };
    if (projets[i] === 'oui') {
      a.initiative = initiative[k];
      a.mise_en_oeuvre = miseEnOeuvre[k];
      a.implication_acteurs_eco = implication[k];
      a.evaluation_impact = evaluation[k];
      k++;
    }
    responses.push(a);
  }
  return { survey: 'arricod-2014', campaign: '2014', label: 'Sondage ARRICOD 2014 (reconstitution)', note: NOTE, responses };
}

// ——— ua-2014-indicateurs: 12 participants rating 18 indicators ———
// Only the ratings' medians are published: the service is left blank, the type (required) rests on nothing.
const MEDIANS: Record<string, [number, number]> = {
  emploi_jeunes_mobilite: [1, 4], satisfaction_mobilite: [3, 3], part_investissement_partenaire: [3, 4],
  contrats_entreprises_partenaire: [2, 4], public_non_averti: [3, 3], sollicitations_acteurs: [1, 2],
  mobilite_jeunes: [2, 5], transferts_financiers: [2, 2.5], nationalites_habitants: [3, 5], structures_engagees: [2, 5],
  associations_international: [3, 5], cartographie_linguistique: [2, 4], entreprises_international: [2, 5],
  entreprises_etrangeres: [2, 4], touristes_an: [3, 4], ca_touristique: [2, 4], partenariats_universites: [3, 5],
  decisions_reconduites_frontiere: [3, 2.5],
};

/** Twelve ratings from 1 to 5 whose median is m (a half point: the two middle ratings straddle it). */
function ratingsWithMedian(m: number): number[] {
  const clamp = (x: number) => Math.min(5, Math.max(1, x));
  if (!Number.isInteger(m)) {
    const lo = Math.floor(m);
    return [clamp(lo - 1), ...Array(5).fill(lo), ...Array(5).fill(lo + 1), clamp(lo + 2)];
  }
  return [...Array(4).fill(clamp(m - 1)), ...Array(4).fill(m), ...Array(4).fill(clamp(m + 1))];
}

function ua2014(): Replay {
  const n = 12;
  const rows = Object.keys(MEDIANS);
  const cells = rows.map((row, r) =>
    MEDIANS[row]!.map((m, c) => shuffle(ratingsWithMedian(m), 5 + r * 2 + c * 3)),
  );
  const responses: Answers[] = [];
  for (let i = 0; i < n; i++) {
    const indicateurs: Record<string, Record<string, number>> = {};
    rows.forEach((row, r) => {
      indicateurs[row] = { acces: cells[r]![0]![i]!, pertinence: cells[r]![1]![i]! };
    });
    responses.push({
      collectivite_type: TYPES[(i * 3) % TYPES.length],
      indicateurs,
    });
  }
  return { survey: 'ua-2014-indicateurs', campaign: '2014', label: 'Université d’automne 2014 (reconstitution)', note: NOTE, responses };
}

// ——— ua-2015-kit-de-survie: 21 participants over 3 sessions ———
// The sheet gives the number of participants and of sessions, nothing else that a response
// could carry: how they split across sessions is not published (an even split is assumed),
// and the needs, examples and recommendations it lists were raised in the sessions, not
// counted among the participants. Those questions are left unanswered; the type of
// collectivity, which every response must give, cycles through the types and rests on nothing.
function ua2015(): Replay {
  const responses: Answers[] = [];
  for (let i = 0; i < 21; i++) {
    responses.push({ collectivite_type: TYPES[(i * 5) % TYPES.length], session: String((i % 3) + 1) });
  }
  return { survey: 'ua-2015-kit-de-survie', campaign: '2015', label: 'Université d’automne 2015 (reconstitution)', note: NOTE, responses };
}

const dir = path.dirname(new URL(import.meta.url).pathname);
for (const replay of [arricod2014(), arricod2016(), ua2014(), ua2015()]) {
  fs.writeFileSync(path.join(dir, `${replay.survey}.json`), JSON.stringify(replay, null, 1) + '\n');
  console.log(`${replay.survey}: ${replay.responses.length} réponses reconstituées`);
}
