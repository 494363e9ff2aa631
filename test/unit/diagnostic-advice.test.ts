import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreAutodiagnostic } from '../../analysis/autodiagnostic/score-autodiagnostic.js';
import { activeCategories } from '../../api/diagnostic/action-categories.js';
import { buildAdvice } from '../../api/diagnostic/build-advice.js';
import { frenchDate, fundingLeads } from '../../api/diagnostic/funding-leads.js';
import { rankIndicators } from '../../api/diagnostic/rank-indicators.js';
import { skillsOfGrid, trainingNeeds } from '../../api/diagnostic/training-needs.js';
import { findQuestion, type SurveyJsonLike } from '../../api/instruments/walk-questions.js';
import { loadGuide } from '../../surveys/guide/load-guide.js';
import { alterOneWord, citationsIn, isCited } from '../helpers/guide-quotes.js';

const guide = loadGuide();
const STEPS = [...guide.strategy.sheets, guide.implementation].map((s) => ({ code: s.step, items: s.items.map((i) => i.item) }));
const all = (status: number) => Object.fromEntries(STEPS.map((s) => [s.code, Object.fromEntries(s.items.map((i) => [i, status]))]));
const ROWS = guide.typology.categories.flatMap((c) => c.subCategories.flatMap((s) => s.actions.map((a) => [a.code, c.code] as const)));
const CATEGORY_OF_ROW = Object.fromEntries(ROWS);
const everyAction = Object.fromEntries(ROWS.map(([code]) => [code, 'realisee']));

/** The advice of a self-diagnosis with these answers. */
function advise(answers: Record<string, unknown>) {
  const categories = activeCategories(guide, answers.typologie_actions as Record<string, unknown> | undefined, CATEGORY_OF_ROW);
  const type = typeof answers.collectivite_type === 'string' ? answers.collectivite_type : null;
  return buildAdvice(guide, { score: scoreAutodiagnostic(STEPS, answers), collectiviteType: type, categories, ratings: null, answers });
}

/** The passages a piece of advice cites, its own `source` first. */
const quotesOf = (x: { source: { quote: string }; sources?: { quote: string }[] }) => [x.source.quote, ...(x.sources ?? []).map((s) => s.quote)];

describe('every piece of advice cites the guide verbatim', () => {
  const cases = {
    'all zero, no typology': { collectivite_type: 'commune', ...all(0) },
    'all zero, every action carried out': { collectivite_type: 'region', ...all(0), typologie_actions: everyAction },
  };
  for (const [name, answers] of Object.entries(cases)) {
    it(`${name}: each recommendation, sheet answer, funding lead, indicator and example has a source found in the seed`, () => {
      const a = advise(answers);
      const pieces = [
        ...a.recommendations,
        ...a.recommendations.flatMap((r) => r.tailored),
        ...a.categories.flatMap((c) => c.questions),
        ...a.funding.flatMap((f) => f.leads),
        ...a.indicators,
        ...a.examples,
      ];
      expect(a.recommendations).toHaveLength(16);
      expect(a.categories.flatMap((c) => c.questions)).toHaveLength(21);
      expect(a.funding.flatMap((f) => f.leads).length).toBeGreaterThan(10);
      for (const piece of pieces) {
        expect(piece.source.section.length, JSON.stringify(piece)).toBeGreaterThan(0);
        expect(isCited(piece.source), `${piece.source.section} : ${piece.source.quote}`).toBe(true);
      }
      // Every citation anywhere in the answer (levels, actors, training…), and none once one word changes.
      const citations = citationsIn(a);
      expect(citations.length).toBeGreaterThan(200);
      expect(citations.filter((c) => !isCited(c))).toEqual([]);
      expect(citations.filter((c) => isCited({ ...c, quote: alterOneWord(c.quote) }))).toEqual([]);
    });
  }

  it('fails a citation whose passage has one word changed', () => {
    const source = advise({ ...all(0) }).recommendations[0]!.source;
    expect(isCited(source)).toBe(true);
    expect(isCited({ ...source, quote: alterOneWord(source.quote) })).toBe(false);
    expect(isCited({ ...source, section: 'Kit de survie' })).toBe(false);
  });
});

describe('advice says what the guide says for the item', () => {
  const a = advise({ collectivite_type: 'region', ...all(0), typologie_actions: everyAction });
  const rec = (item: string) => a.recommendations.find((r) => r.item === item)!;

  it('services_eco_associes: economic services carry internationalisation and promotion, cooperation in full concertation', () => {
    const r = rec('services_eco_associes');
    expect(r.advice).toMatch(/internationalisation des entreprises et la promotion/);
    expect(r.advice).toMatch(/pleine concertation/);
    expect(r.advice).not.toMatch(/réunion de lancement|référent/);
    expect(quotesOf(r).some((q) => q.includes('pleine concertation'))).toBe(true);
  });

  it('priorites_geographiques: cooperation territories need not be the prospection targets', () => {
    const r = rec('priorites_geographiques');
    expect(r.advice).toMatch(/ne coïncideront pas nécessairement avec les cibles de prospection/);
    expect(r.advice).not.toMatch(/petit nombre de zones/);
    expect(quotesOf(r).some((q) => q.includes('ne coïncideront pas nécessairement'))).toBe(true);
  });

  it('priorites_sectorielles_actions: crossing the categories, not doing one at a time', () => {
    const r = rec('priorites_sectorielles_actions');
    expect(r.advice).not.toMatch(/de front/);
    expect(r.advice).toMatch(/croisement des types d’action/);
    expect(quotesOf(r).some((q) => q.includes('croisement avec les démarches de promotion et de coopération'))).toBe(true);
  });

  it('conventions_partenariales: cites Fiche C for its own practice (an economic delegation at the signing)', () => {
    const r = rec('conventions_partenariales');
    expect(r.section).toBe('Fiche C');
    expect(r.advice).toMatch(/délégation économique/);
    expect(r.sources.filter((s) => s.section === 'Fiche C').some((s) => s.quote.includes('une délégation économique'))).toBe(true);
    // What Fiche pratique 3 says of agreements is cited under Fiche pratique 3.
    const coop = r.tailored.find((t) => t.categories.includes('cooperation'))!;
    expect(coop.source.section).toBe('Fiche pratique 3');
    expect(coop.source.quote).toMatch(/accords spécifiques, révisables à échéance/);
  });

  it('dispositif_suivi: nothing the guide does not say', () => {
    const r = rec('dispositif_suivi');
    expect(r.advice).not.toMatch(/fréquence|qui collecte/);
    expect(r.sources.map((s) => s.section)).toEqual(expect.arrayContaining(['Fiche D', 'L’AICT économique sondée', 'Organiser la mise en œuvre']));
  });

  it('practical sheets: each answer from its own heading, the three services, the solidarity purpose', () => {
    const sheet = (section: string) => a.categories.find((c) => c.section === section)!;
    const answer = (section: string, key: string) => sheet(section).questions.find((q) => q.key === key)!;
    expect(sheet('Fiche pratique 1').questions.map((q) => q.question)).toEqual(['Quoi\u202f?', 'Qui\u202f?', 'Où\u202f?', 'Quand\u202f?', 'Comment\u202f?', 'Combien\u202f?', 'Pourquoi\u202f?']);
    expect(answer('Fiche pratique 1', 'qui').answer).not.toMatch(/doubler/);
    // Fiche 2's « Pourquoi ? » rests on its own « Pourquoi » passage, not on « Combien ».
    expect(answer('Fiche pratique 2', 'pourquoi').source.quote).toMatch(/^L’implication des collectivités dans les actions de promotion se justifie/);
    expect(answer('Fiche pratique 2', 'pourquoi').answer).not.toMatch(/retour sur investissement/);
    expect(answer('Fiche pratique 3', 'qui').answer).toMatch(/trois services/);
    expect(answer('Fiche pratique 3', 'quoi').answer).toMatch(/solidarité/);
  });

  it('suggests every FOCUS good practice of the categories carried out, and the Kit’s innovative collectivities', () => {
    const ids = a.examples.map((e) => e.id);
    for (const sheet of guide.practicalSheets) for (const f of sheet.focus) expect(ids).toContain(f.id);
    expect(ids).toContain('fiche-c.focus.plateformes-mobilite');
    expect(a.examples.filter((e) => e.section === 'Kit de survie').map((e) => e.who)).toEqual(['Région Rhône-Alpes', 'Région Pays de la Loire', 'Aix-en-Provence']);
    // Only the sheets of the categories carried out.
    const promotionOnly = advise({ ...all(0), typologie_actions: { branding: 'prevue' } });
    expect(promotionOnly.examples.filter((e) => e.category !== null).map((e) => e.category)).toEqual(['promotion_territoire', 'promotion_territoire']);
  });
});

describe('tailored to the collectivity’s level and action categories', () => {
  // A région that supports firms at export, and a commune that cooperates.
  const region = advise({ collectivite_type: 'region', ...all(1), typologie_actions: { formations_export: 'realisee', conseil_strategie: 'prevue', compagnonnages: 'non' } });
  const commune = advise({ collectivite_type: 'commune', ...all(1), typologie_actions: { compagnonnages: 'realisee', echanges_experience: 'prevue', branding: 'non' } });
  const tailored = (a: ReturnType<typeof advise>, item: string) => a.recommendations.find((r) => r.item === item)!.tailored;

  it('places each at its level, as the guide’s level-by-level view does', () => {
    const forRegion = tailored(region, 'priorites_sectorielles_actions');
    const forCommune = tailored(commune, 'priorites_sectorielles_actions');
    expect(forRegion.map((t) => t.because)).toEqual(['Pour votre échelon (Régions)']);
    expect(forRegion[0]!.source.quote).toMatch(/^prioritairement les régions, les métropoles, ainsi que l'ensemble des établissements publics de coopération intercommunale/);
    expect(forCommune.map((t) => t.because)).toEqual(['Pour votre échelon (Communes)']);
    expect(forCommune[0]!.source.quote).toMatch(/^les communes et les départements pour développer des actions connexes/);
    // The agencies' future is settled between régions and métropoles: said to the région only.
    expect(tailored(region, 'portage_clarifie').map((t) => t.source.quote)).toEqual(['La réforme territoriale a provoqué la montée en charge des Régions et des Métropoles sur le champ économique']);
    expect(tailored(commune, 'portage_clarifie')).toEqual([]);
    expect(region.echelons[0]).toMatchObject({ level: 'regions', own: true });
    expect(commune.echelons[0]).toMatchObject({ level: 'communes', own: true });
  });

  it('adds what the practical sheet of each category carried out says, and nothing of the others', () => {
    expect(tailored(region, 'priorites_geographiques').map((t) => t.source.section)).toEqual(['Fiche pratique 1']);
    expect(tailored(commune, 'priorites_geographiques').map((t) => t.source.section)).toEqual(['Fiche pratique 3']);
    expect(tailored(commune, 'services_eco_associes')[0]!.sources.some((s) => s.quote.startsWith('Ce travail à trois services'))).toBe(true);
    expect(tailored(region, 'services_eco_associes')).toEqual([]);
    expect(region.categories.map((c) => c.section)).toEqual(['Fiche pratique 1']);
    expect(commune.categories.map((c) => c.section)).toEqual(['Fiche pratique 3']);
  });

  it('suggests the economic indicators of their own sheets first, then the UA 2014 table', () => {
    expect(region.indicators[0]).toMatchObject({ code: 'entreprises_participantes', kind: 'economique', section: 'Fiche pratique 1' });
    expect(region.indicators[0]!.source.quote).toMatch(/^Les indicateurs utilisables peuvent être le nombre d’entreprises participant/);
    expect(commune.indicators[0]).toMatchObject({ code: 'participations_acteurs', kind: 'economique', section: 'Fiche pratique 3' });
    expect(commune.indicators[0]!.source.quote).toMatch(/les participations d’acteurs économiques/);
    expect(region.indicators.filter((i) => i.kind === 'economique')).toHaveLength(5);
    expect(commune.indicators.filter((i) => i.kind === 'economique')).toHaveLength(7);
    for (const a of [region, commune]) {
      expect(a.indicators.filter((i) => i.kind === 'ua2014').map((i) => i.code)).toEqual([
        'nationalites_habitants', 'associations_international', 'partenariats_universites', 'mobilite_jeunes', 'structures_engagees',
      ]);
    }
  });

  it('gives each its own funding leads, dated as the guide dates them', () => {
    const leads = (a: ReturnType<typeof advise>) => a.funding.flatMap((f) => f.leads);
    const bpi = leads(region).find((l) => l.id === 'financement.export.bpifrance-avance-export')!;
    expect([bpi.date, bpi.dateLabel]).toEqual(['2016-02-16', '16 février 2016']);
    expect(bpi.dateSource?.quote).toBe('Source: Direction Générale du Trésor, 16 février 2016');
    const daect = leads(commune).find((l) => l.id === 'financement.meae-daect')!;
    expect([daect.date, daect.dateLabel]).toEqual(['2017', '2017']);
    expect(leads(region).map((l) => l.id)).not.toContain('financement.meae-daect');
    expect(leads(commune).map((l) => l.id)).not.toContain('financement.export.bpifrance-avance-export');
    expect(region.fundingCaveat).toMatch(/2016 et 2017/);
    expect(region.fundingCaveat).toMatch(/succèdent/);
  });
});

describe('funding leads are funding', () => {
  it('lists only what the guide’s data marks as funding, never insurance, guarantees, operators or networks', () => {
    const leads = fundingLeads(guide, ['internationalisation_entreprises', 'promotion_territoire', 'cooperation']).flatMap((f) => f.leads);
    const byId = new Map(guide.funding.items.map((i) => [i.id, i]));
    for (const l of leads) expect(byId.get(l.id)!.isFunding, l.id).toBe(true);
    const names = leads.map((l) => l.name).join(' | ');
    expect(names).not.toMatch(/Assurance|Garantie|Business France|CCI|Opérateurs|Mutualisation|Enterprise Europe Network/);
    for (const item of guide.funding.items) if (item.categories?.length) expect(item.isFunding, item.id).toBe(true);
  });

  it('prints dates as the guide does', () => {
    expect([frenchDate('2016-02-16'), frenchDate('2017'), frenchDate('2015-12-01')]).toEqual(['16 février 2016', '2017', '1 décembre 2015']);
  });
});

describe('the skills self-assessment', () => {
  const survey = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../surveys/autodiagnostic.json'), 'utf8')) as SurveyJsonLike;
  const grid = skillsOfGrid(guide);

  it('rates every skill of the guide’s grid in the instrument, optional, on the French scale', () => {
    expect(grid).toHaveLength(50);
    const questions = [...new Set(grid.map((g) => g.question))];
    expect(questions).toHaveLength(8);
    for (const name of questions) {
      const q = findQuestion(survey, name) as unknown as { type: string; isRequired?: boolean; isAllRowRequired?: boolean; rows: { value: string; text: string }[]; columns: { value: number; text: string }[] };
      expect(q.type, name).toBe('matrix');
      expect(q.isRequired ?? false).toBe(false);
      expect(q.isAllRowRequired).toBe(false);
      expect(q.rows.map((r) => r.value)).toEqual(grid.filter((g) => g.question === name).map((g) => g.skill.code));
      expect(q.rows.map((r) => r.text)).toEqual(grid.filter((g) => g.question === name).map((g) => g.skill.label));
      expect(q.columns).toEqual([{ value: 0, text: 'À acquérir' }, { value: 1, text: 'À renforcer' }, { value: 2, text: 'Acquise' }]);
    }
    const codes = grid.map((g) => g.skill.code);
    expect(codes.filter((c, i) => codes.indexOf(c) !== i)).toEqual([]);
  });

  it('lists the skills to acquire, then to strengthen, each with its passage, and why training matters', () => {
    const t = trainingNeeds(guide, {
      competences_strategie: { strategie_attractivite: 2, strategie_influence: 1 },
      competences_ecosysteme: { lobbying: 0, financements_export: 1 },
      competences_savoir_etre: { langues_etrangeres: 0, relationnel: 2 },
    });
    expect([t.total, t.rated]).toEqual([50, 6]);
    expect(t.skills.map((s) => [s.code, s.statusLabel])).toEqual([
      ['lobbying', 'à acquérir'],
      ['langues_etrangeres', 'à acquérir'],
      ['strategie_influence', 'à renforcer'],
      ['financements_export', 'à renforcer'],
    ]);
    expect(t.skills[0]!.source).toEqual({ section: 'Organiser la mise en œuvre', quote: 'Techniques de lobbying' });
    expect(t.why).toMatchObject({ section: 'Kit de survie', quote: 'Recommandation ARRICOD : La formation des agents Rl aux gquestions économiques' });
  });

  it('says nothing is rated when the grid is left empty, and ignores values off the scale', () => {
    expect(trainingNeeds(guide, {})).toMatchObject({ rated: 0, skills: [] });
    expect(trainingNeeds(guide, { competences_strategie: { strategie_attractivite: 3, strategie_influence: '0' } }).rated).toBe(0);
  });
});

describe('selection helpers', () => {
  it('finds the categories carried out or planned, in the guide’s order', () => {
    expect(activeCategories(guide, { compagnonnages: 'prevue', branding: 'realisee', formations_export: 'non' }, CATEGORY_OF_ROW)).toEqual(['promotion_territoire', 'cooperation']);
    expect(activeCategories(guide, undefined, CATEGORY_OF_ROW)).toEqual([]);
  });

  it('shows all three sheets when no action is named', () => {
    const a = advise({ ...all(0) });
    expect(a.actionCategories).toEqual({ active: [], shown: ['internationalisation_entreprises', 'promotion_territoire', 'cooperation'], named: false });
    expect(a.categories.map((c) => c.section)).toEqual(['Fiche pratique 1', 'Fiche pratique 2', 'Fiche pratique 3']);
    expect(a.recommendations.flatMap((r) => r.tailored)).toEqual([]);
  });

  it('one recommendation per item below réalisé, least advanced first; none when all done', () => {
    const answers = all(3);
    (answers.diagnostic_partage as Record<string, number>).vision_politique = 1;
    (answers.mise_en_oeuvre as Record<string, number>).metiers_identifies = 0;
    const a = advise(answers);
    expect(a.recommendations.map((i) => [i.item, i.section])).toEqual([
      ['vision_politique', 'Fiche B'],
      ['metiers_identifies', 'Organiser la mise en œuvre'],
    ]);
    expect(a.recommendations[0]!.text).toMatch(/^Ce point est en réflexion\. Partagez ces éléments avec les élus/);
    expect(advise(all(3)).recommendations).toEqual([]);
  });

  it('ranks indicators by relevance then ease of access, unrated last', () => {
    const ranked = rankIndicators([
      { code: 'a', acces: 3, pertinence: 4 },
      { code: 'b', acces: 2, pertinence: 5 },
      { code: 'c', acces: 3, pertinence: 5 },
      { code: 'd', acces: null, pertinence: null },
    ]);
    expect(ranked.map((r) => r.code)).toEqual(['c', 'b', 'a', 'd']);
  });

  it('uses recomputed ratings when given, the guide’s table otherwise', () => {
    const score = scoreAutodiagnostic(STEPS, all(0));
    const recomputed = buildAdvice(guide, { score, collectiviteType: null, categories: [], ratings: [{ code: 'touristes_an', acces: 5, pertinence: 5 }], answers: {} });
    expect(recomputed.indicatorRatings).toBe('recalculees');
    expect(recomputed.indicators.find((i) => i.kind === 'ua2014')).toMatchObject({ code: 'touristes_an', acces: 5, pertinence: 5 });
  });
});
