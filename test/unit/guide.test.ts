import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findQuestion, type QuestionJson, type SurveyJsonLike } from '../../api/instruments/walk-questions.js';
import { isQuotedIn, normaliseForQuote } from '../../surveys/guide/find-quote.js';
import { quotedPassages, sectionNamed, sourcesOf, typologyOfAction } from '../../surveys/guide/guide-lookups.js';
import { loadGuide, SOURCE_FILES } from '../../surveys/guide/load-guide.js';

const guideDir = path.resolve(import.meta.dirname, '../../surveys/guide');
const surveysDir = path.resolve(import.meta.dirname, '../../surveys');
const sharedSeeds = path.resolve(import.meta.dirname, '../../../shared/seeds');

const guide = loadGuide();
const sourceText = (file: string) => fs.readFileSync(path.join(guideDir, file), 'utf8');
const normalisedSources = {
  guide: normaliseForQuote(sourceText(SOURCE_FILES.guide)),
  'kit-de-survie': normaliseForQuote(sourceText(SOURCE_FILES['kit-de-survie'])),
};
const passages = quotedPassages(guide);

/** Whether a passage is found in the source its section comes from. */
function isQuoted(section: string, quote: string): boolean {
  const s = sectionNamed(guide, section);
  return s !== undefined && isQuotedIn(normalisedSources[s.source], quote);
}

/** The quote with its longest word changed by one letter: the check must then fail. */
function alterOneWord(quote: string): string {
  const words = quote.match(/\p{L}+/gu) ?? [];
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
  const last = longest.at(-1)!;
  const altered = longest.slice(0, -1) + (last === 'z' ? 'y' : 'z');
  return quote.replace(longest, altered);
}

function surveyJson(id: string): SurveyJsonLike {
  return JSON.parse(fs.readFileSync(path.join(surveysDir, `${id}.json`), 'utf8')) as SurveyJsonLike;
}

/** An item of a question's `rows` or `choices`, as the instruments write them. */
interface Item {
  value: string;
  categorie?: string;
  sousCategorie?: string;
}

function questionOf(survey: SurveyJsonLike, name: string): QuestionJson & { rows: Item[]; choices: Item[] } {
  const q = findQuestion(survey, name);
  if (!q) throw new Error(`question ${name} missing`);
  return q as QuestionJson & { rows: Item[]; choices: Item[] };
}

/** Every object of the guide's data, with the key it sits under. */
function allObjects(node: unknown, key = ''): { key: string; value: Record<string, unknown> }[] {
  if (Array.isArray(node)) return node.flatMap((child) => allObjects(child, key));
  if (!node || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  return [{ key, value: record }, ...Object.entries(record).flatMap(([k, v]) => allObjects(v, k))];
}

describe('source documents', () => {
  it('are byte-identical copies of the shared seeds', () => {
    // Outside the workplace there is no shared/ folder to compare with.
    if (!fs.existsSync(sharedSeeds)) return;
    for (const file of Object.values(SOURCE_FILES)) {
      const shared = fs.readFileSync(path.join(sharedSeeds, path.basename(file)));
      expect(fs.readFileSync(path.join(guideDir, file)).equals(shared), file).toBe(true);
    }
  });
});

describe('quote normalisation', () => {
  it('joins a word hyphenated across a line break, even over blank lines', () => {
    expect(normaliseForQuote('collectivités territo-\nriales')).toBe('collectivités territoriales');
    expect(normaliseForQuote('investis-\n\nsements')).toBe('investissements');
    expect(normaliseForQuote('l’AR-\nRICOD')).toBe("l'ARRICOD");
  });

  it('keeps a hyphen that no line break follows, and one between spaces', () => {
    expect(normaliseForQuote('Aix-en -Provence')).toBe('Aix-en -Provence');
    expect(normaliseForQuote('coopération - \nsolidarité')).toBe('coopération - solidarité');
  });

  it('collapses white space and unifies apostrophes, nothing more', () => {
    expect(normaliseForQuote('  l’État\u00a0 et\u2009ses\n\nopérateurs ')).toBe("l'État et ses opérateurs");
    const source = normaliseForQuote('Les indicateurs utilisables peuvent être le nombre d’en-\ntreprises participant');
    expect(isQuotedIn(source, 'le nombre d’entreprises participant')).toBe(true);
    expect(isQuotedIn(source, "le nombre d'entreprises participant")).toBe(true);
    expect(isQuotedIn(source, 'le nombre d’entreprise participant')).toBe(false);
    expect(isQuotedIn(source, 'le Nombre d’entreprises participant')).toBe(false);
    expect(isQuotedIn(source, 'le nombre d’éntreprises participant')).toBe(false);
    expect(isQuotedIn(source, 'le nombre d’en- treprises participant')).toBe(false);
    expect(isQuotedIn(source, '   ')).toBe(false);
  });
});

describe('every quote is a verbatim passage of its source', () => {
  it('collects several hundred passages from every part of the guide', () => {
    expect(passages.length).toBeGreaterThan(500);
    const roots = new Set(passages.map((p) => (p.path.startsWith('sections.') ? 'sections' : p.path.slice('guide.'.length).split(/[.<[]/)[0])));
    for (const part of ['sections', 'practicalSheets', 'strategy', 'implementation', 'typology', 'levels', 'indicators', 'funding', 'actors', 'misconceptions', 'abbreviations', 'kitDeSurvie']) {
      expect(roots, part).toContain(part);
    }
  });

  it('finds each quote in the guide or in the Kit de survie sheet, as its section says', () => {
    const missing = passages.filter((p) => !isQuoted(p.section, p.quote));
    expect(missing).toEqual([]);
  });

  it('no longer finds a quote once one of its words is changed', () => {
    const stillFound = passages.filter((p) => isQuoted(p.section, alterOneWord(p.quote)));
    expect(stillFound).toEqual([]);
    expect(isQuoted('Fiche pratique 1', 'les montants publics déboursés, les rendez-vous obtenus')).toBe(true);
    expect(isQuoted('Fiche pratique 1', 'les montants privés déboursés, les rendez-vous obtenus')).toBe(false);
  });

  it('keeps quotes short: at most 45 words', () => {
    const long = passages.filter((p) => normaliseForQuote(p.quote).split(' ').length > 45);
    expect(long).toEqual([]);
  });

  it('looks a quote up in its own section’s source only', () => {
    // A Kit de survie passage is not in the guide, so citing it under a guide section fails.
    expect(isQuoted('Kit de survie', 'Aujourd\'hui guasiment toutes sont intéressées par le sujet.')).toBe(true);
    expect(isQuoted('Fiche pratique 1', 'Aujourd\'hui guasiment toutes sont intéressées par le sujet.')).toBe(false);
  });
});

describe('sections and ids', () => {
  it('names only sections that exist', () => {
    const named = new Set<string>(passages.map((p) => p.section));
    const unknown = [...named].filter((name) => !sectionNamed(guide, name));
    expect(unknown).toEqual([]);
    for (const c of guide.typology.categories) expect(sectionNamed(guide, c.practicalSheet), c.code).toBeDefined();
  });

  it('resolves every guide section the instruments name', () => {
    const names = allObjects(surveyJson('autodiagnostic'))
      .filter((o) => typeof o.value.sectionGuide === 'string')
      .map((o) => o.value.sectionGuide as string);
    expect(names.length).toBe(5);
    for (const name of names) expect(sectionNamed(guide, name), name).toBeDefined();
    expect(sectionNamed(guide, 'Fiche pratique Z')).toBeUndefined();
  });

  it('has no duplicate ids, section names or aliases', () => {
    const ids = allObjects(guide).map((o) => o.value.id).filter((id): id is string => typeof id === 'string');
    expect(ids.length).toBeGreaterThan(300);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const names = guide.sections.flatMap((s) => [s.name, ...s.aliases]);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it('cites the API’s way: one section and one passage per source', () => {
    const item = guide.strategy.sheets[3]!.items.find((i) => i.item === 'dispositif_suivi')!;
    const sources = sourcesOf(item);
    expect(sources[0]).toEqual({ section: 'Fiche D', quote: item.quotes[0] });
    expect(sources.map((s) => s.section)).toContain('Organiser la mise en œuvre');
  });
});

describe('the typology of actions', () => {
  const rows = (survey: string) => questionOf(surveyJson(survey), 'typologie_actions').rows;

  it('places every typologie_actions row of both instruments in the category and sub-category the instrument gives it', () => {
    for (const survey of ['autodiagnostic', 'enquete-annuelle']) {
      const r = rows(survey);
      expect(r.length, survey).toBe(27);
      for (const row of r) {
        const place = typologyOfAction(guide, row.value);
        expect(place, `${survey}.${row.value}`).toBeDefined();
        expect(place!.category.code, row.value).toBe(row.categorie);
        expect(place!.subCategory.code, row.value).toBe(row.sousCategorie);
        expect(place!.category.name.length).toBeGreaterThan(0);
        expect(place!.subCategory.name.length).toBeGreaterThan(0);
      }
    }
    expect(typologyOfAction(guide, 'inconnue')).toBeUndefined();
  });

  it('has exactly those 27 actions, in 3 categories and 6 sub-categories', () => {
    const codes = guide.typology.categories.flatMap((c) => c.subCategories.flatMap((s) => s.actions.map((a) => a.code)));
    expect(codes).toEqual(rows('enquete-annuelle').map((r) => r.value));
    expect(guide.typology.categories.map((c) => c.code)).toEqual(['internationalisation_entreprises', 'promotion_territoire', 'cooperation']);
    expect(guide.typology.categories.flatMap((c) => c.subCategories).length).toBe(6);
  });
});

describe('practical sheets and strategy sheets', () => {
  it('gives each of Fiches pratiques 1–3 its seven questions in the guide’s order, and FOCUS boxes', () => {
    expect(guide.practicalSheets.map((s) => [s.section, s.category])).toEqual([
      ['Fiche pratique 1', 'internationalisation_entreprises'],
      ['Fiche pratique 2', 'promotion_territoire'],
      ['Fiche pratique 3', 'cooperation'],
    ]);
    for (const sheet of guide.practicalSheets) {
      expect(sheet.questions.map((q) => q.key)).toEqual(['quoi', 'qui', 'ou', 'quand', 'comment', 'combien', 'pourquoi']);
      expect(sheet.focus.length, sheet.id).toBeGreaterThan(0);
    }
  });

  it('backs every item of the five self-diagnosis steps with passages of its step’s section', () => {
    const survey = surveyJson('autodiagnostic');
    const sheets = [...guide.strategy.sheets, guide.implementation];
    expect(sheets.map((s) => s.step)).toEqual(['mobilisation_interne', 'diagnostic_partage', 'cadrage', 'evaluation', 'mise_en_oeuvre']);
    for (const sheet of sheets) {
      const step = questionOf(survey, sheet.step);
      expect(sectionNamed(guide, String(step.sectionGuide))?.name, sheet.step).toBe(sheet.section);
      expect(sheet.items.map((i) => i.item), sheet.step).toEqual(step.rows.map((r) => r.value));
      for (const item of sheet.items) expect(item.section, item.id).toBe(sheet.section);
    }
  });

  it('lists the seven trades and the three parts of the skills grid', () => {
    expect(guide.implementation.trades.items.length).toBe(7);
    const { savoirFaire, savoir, savoirEtre } = guide.implementation.skills;
    expect([savoirFaire.length, savoir.length, savoirEtre.length]).toEqual([5, 2, 7]);
  });
});

describe('indicators', () => {
  it('has the 18 UA 2014 indicators of the instrument, in its order, each rating read from its printed row', () => {
    const instrumentRows = questionOf(surveyJson('ua-2014-indicateurs'), 'indicateurs').rows.map((r) => r.value);
    const rows = guide.indicators.ua2014.groups.flatMap((g) => g.rows);
    expect(rows.map((r) => r.code)).toEqual(instrumentRows);
    const french = (n: number) => String(n).replace('.', ',');
    for (const row of rows) {
      expect(row.quotes[0]!.endsWith(` ${french(row.acces)} ${french(row.pertinence)}`), row.code).toBe(true);
    }
    expect(guide.indicators.ua2014.groups.map((g) => g.rows.length)).toEqual([6, 12]);
  });

  it('names economic indicators for each practical sheet, under that sheet’s category', () => {
    for (const sheet of guide.practicalSheets) {
      const own = guide.indicators.economic.filter((i) => i.section === sheet.section);
      expect(own.length, sheet.section).toBeGreaterThan(0);
      for (const i of own) expect(i.category, i.id).toBe(sheet.category);
    }
  });
});

describe('funding, actors, levels, abbreviations, Kit de survie', () => {
  it('dates each funding source by a date its passages print', () => {
    const months = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
    for (const source of guide.funding.sources) {
      const [year, month, day] = source.date.split('-');
      const printed = month ? `${Number(day)} ${months[Number(month) - 1]} ${year}` : year!;
      expect(source.quotes.some((q) => q.includes(printed)), source.id).toBe(true);
    }
    const ids = new Set(guide.funding.sources.map((s) => s.id));
    for (const item of guide.funding.items) if (item.sourceId) expect(ids.has(item.sourceId), item.id).toBe(true);
    expect(guide.funding.items.find((i) => i.id === 'financement.meae-daect')?.sourceId).toBe('source.meae-daect-2017');
  });

  it('marks insurance, guarantees and support networks as not funding', () => {
    for (const item of guide.funding.items) {
      const coversRisk = /^(assurance|garantie)/i.test(item.name);
      if (coversRisk || item.nature === 'reseau_appui') expect(item.isFunding, item.id).toBe(false);
      if (item.nature === 'programme_europeen' || item.nature === 'bailleur') expect(item.isFunding, item.id).toBe(true);
    }
  });

  it('gives every label of the map of Fiche pratique 1 to one actor', () => {
    const labels = guide.actors.map.quotes.find((q) => q.startsWith('CCIFE'))!;
    let rest = labels;
    for (const actor of guide.actors.actors) {
      if (actor.mapLabel === null) continue;
      expect(rest.includes(actor.mapLabel), actor.id).toBe(true);
      rest = rest.replace(actor.mapLabel, '');
    }
    expect(rest.trim()).toBe('');
    for (const name of ['direccte', 'business-france', 'missions-economiques', 'bpifrance', 'cci', 'ccife', 'ccef', 'medef-international', 'cpme', 'osci', 'poles-competitivite', 'agences-developpement']) {
      expect(guide.actors.actors.some((a) => a.id === `acteur.${name}`), name).toBe(true);
    }
  });

  it('maps each level to collectivity types of the instruments', () => {
    const types = questionOf(surveyJson('autodiagnostic'), 'collectivite_type').choices.map((c) => c.value);
    expect(guide.levels.map((l) => l.level)).toEqual(['regions', 'metropoles', 'epci', 'departements', 'communes', 'tous']);
    for (const level of guide.levels) {
      expect(level.statements.length, level.id).toBeGreaterThan(0);
      for (const t of level.collectiviteTypes) expect(types, level.id).toContain(t);
    }
  });

  it('backs each abbreviation by a passage that uses it, and the guide’s own expansion by a passage that prints it', () => {
    const loose = (s: string) => normaliseForQuote(s).toLocaleLowerCase('fr').replace(/\s*-\s*/g, '-');
    const abbreviations = guide.abbreviations.map((a) => a.abbreviation);
    expect(abbreviations.filter((a, i) => abbreviations.indexOf(a) !== i)).toEqual([]);
    for (const a of guide.abbreviations) {
      expect(a.quotes.some((q) => q.includes(a.abbreviation)), a.id).toBe(true);
      if (a.fromGuide) expect(a.quotes.some((q) => loose(q).includes(loose(a.expansion!))), a.id).toBe(true);
    }
    for (const needed of ['AICT', 'UA', 'ODD', 'MEAE', 'DAECT', 'DRI', 'OSCI', 'CCEF']) expect(abbreviations).toContain(needed);
  });

  it('keeps the Kit de survie choices of its instrument', () => {
    const survey = surveyJson('ua-2015-kit-de-survie');
    const kit = guide.kitDeSurvie;
    const choices = (name: string) => questionOf(survey, name).choices.map((c) => c.value);
    expect(kit.needs.map((n) => n.surveyCode)).toEqual(choices('besoins'));
    expect(kit.examples.map((n) => n.surveyCode)).toEqual(choices('exemples_pratiques'));
    expect(kit.recommendations.map((n) => n.surveyCode)).toEqual(choices('recommandations_utiles'));
    expect(kit.participation.quotes[0]).toContain(`${kit.participation.participants} personnes`);
    expect(kit.participation.quotes[0]).toContain(`${kit.participation.sessions} sessions`);
  });
});
