import { describe, expect, it } from 'vitest';
import {
  Model,
  type ItemValue,
  type Question,
  type QuestionBooleanModel,
  type QuestionMatrixDropdownModel,
  type QuestionMatrixModel,
  type QuestionRatingModel,
  type QuestionSelectBase,
  type QuestionTextModel,
} from 'survey-core';
import { loadInstruments } from '../../api/instruments/catalog.js';
import { compileCatalog } from '../../api/instruments/compile-catalog.js';
import { registerCustomProperties } from '../../surveys/custom-properties.js';
import { GUIDE_CATEGORIES, GUIDE_SUB_CATEGORIES } from '../helpers/typology-names.js';

registerCustomProperties();
const instruments = new Map(loadInstruments().map((i) => [i.id, i]));

function model(id: string): Model {
  const instrument = instruments.get(id);
  if (!instrument) throw new Error(`instrument ${id} missing`);
  const m = new Model(instrument.json);
  expect(m.jsonErrors ?? []).toEqual([]);
  return m;
}
const values = (items: { value: unknown }[]) => items.map((i) => i.value);
/** A question of a model, read as the survey-core class its `type` makes it. */
const byName = <Q extends Question>(m: Model, name: string) => m.getQuestionByName(name) as Q;
const question = <Q extends Question>(id: string, name: string) => {
  const q = byName<Q>(model(id), name);
  expect(q, `${id}.${name}`).toBeTruthy();
  return q;
};
/** Our custom properties (surveys/custom-properties.ts), which survey-core's types do not name. */
type TypologyRow = ItemValue & { categorie: string; sousCategorie: string };
type GuidedQuestion = QuestionMatrixModel & { sectionGuide?: string };
type TypologyMatrix = QuestionMatrixModel & { categories: ItemValue[]; sousCategories: ItemValue[] };

const TYPOLOGY = {
  internationalisation_entreprises: {
    accompagnement_individuel: [
      'avantages_comparatifs', 'marches_emergents', 'formations_export', 'financements_prospection',
      'deplacements_entreprises', 'appui_rh_specialisees', 'marches_aide_developpement', 'conseil_strategie',
      'incubateurs_etranger',
    ],
    actions_collectives: ['diagnostic_veille', 'forums_rencontres', 'accompagnement_clusters'],
  },
  promotion_territoire: {
    visibilite_locale: [
      'marketing_territorial', 'branding', 'evenements_locaux', 'reseaux_territoires', 'accueil_delegations',
      'foires_salons_locaux',
    ],
    visibilite_internationale: ['salons_etranger', 'visibilite_cooperation', 'bureaux_representation'],
  },
  cooperation: {
    gagnant_gagnant: ['coalition_territoires', 'cooperation_ecosystemes', 'cooperation_solidarite'],
    dialogique: ['compagnonnages', 'echanges_experience', 'economie_sociale_solidaire'],
  },
};

const INDICATORS = [
  'emploi_jeunes_mobilite', 'satisfaction_mobilite', 'part_investissement_partenaire',
  'contrats_entreprises_partenaire', 'public_non_averti', 'sollicitations_acteurs', 'mobilite_jeunes',
  'transferts_financiers', 'nationalites_habitants', 'structures_engagees', 'associations_international',
  'cartographie_linguistique', 'entreprises_international', 'entreprises_etrangeres', 'touristes_an',
  'ca_touristique', 'partenariats_universites', 'decisions_reconduites_frontiere',
];

const ACTORS = [
  'chambres_consulaires', 'laboratoires_universites', 'associations_solidarite', 'reseaux', 'entreprises',
  'agences_developpement',
];

const STEPS: Record<string, [string, string[]]> = {
  mobilisation_interne: ['Fiche pratique A', ['services_eco_associes', 'ressources_identifiees', 'etat_des_lieux']],
  diagnostic_partage: ['Fiche pratique B', ['parties_prenantes', 'opportunites', 'vision_politique']],
  cadrage: ['Fiche pratique C', ['priorites_geographiques', 'priorites_sectorielles_actions', 'conventions_partenariales', 'financements_identifies']],
  evaluation: ['Fiche pratique D', ['resultats_attendus', 'indicateurs_definis', 'dispositif_suivi']],
  mise_en_oeuvre: ['Organiser la mise en œuvre', ['portage_clarifie', 'metiers_identifies', 'competences_disponibles']],
};

describe('the six instruments load in survey-core with the codes of instruments.md', () => {
  it('are exactly the six ids, each in French with the profile block first', () => {
    expect([...instruments.keys()].sort()).toEqual([
      'arricod-2014', 'arricod-2016', 'autodiagnostic', 'enquete-annuelle', 'ua-2014-indicateurs', 'ua-2015-kit-de-survie',
    ]);
    const firstPage = JSON.stringify(instruments.get('arricod-2016')!.json.pages[0]);
    for (const [id, instrument] of instruments) {
      expect(instrument.json.locale, id).toBe('fr');
      // One profile block, the same everywhere: peer groups and breakdowns key on it.
      expect(JSON.stringify(instrument.json.pages[0]), id).toBe(firstPage);
      const m = model(id);
      expect(m.pages[0]!.questions.map((q) => q.name)).toEqual([
        'collectivite', 'collectivite_type', 'strate_population', 'service_repondant',
      ]);
    }
    const profile = model('arricod-2016');
    expect(values(byName<QuestionSelectBase>(profile, 'collectivite_type').choices)).toEqual([
      'region', 'departement', 'metropole', 'communaute_urbaine', 'communaute_agglomeration', 'communaute_communes', 'commune', 'autre',
    ]);
    expect(values(byName<QuestionSelectBase>(profile, 'strate_population').choices)).toEqual([
      'moins_20k', '20k_100k', '100k_500k', '500k_1m', 'plus_1m',
    ]);
    expect(values(byName<QuestionSelectBase>(profile, 'service_repondant').choices)).toEqual([
      'relations_internationales', 'developpement_economique', 'cabinet_elus', 'agence_developpement', 'autre',
    ]);
  });

  it('enquete-annuelle: 27 typology rows in 3 categories and 6 sub-categories, realisee/prevue/non', () => {
    const q = question<QuestionMatrixModel>('enquete-annuelle', 'typologie_actions');
    expect(values(q.columns)).toEqual(['realisee', 'prevue', 'non']);
    expect(q.rows).toHaveLength(27);
    const grouped: Record<string, Record<string, string[]>> = {};
    for (const row of q.rows as TypologyRow[]) ((grouped[row.categorie] ??= {})[row.sousCategorie] ??= []).push(row.value);
    expect(grouped).toEqual(TYPOLOGY);
    const m = model('enquete-annuelle');
    expect(values(byName<QuestionSelectBase>(m, 'zones_cibles').choices)).toEqual([
      'europe', 'amerique_nord', 'amerique_sud', 'afrique_nord', 'afrique_subsaharienne', 'moyen_orient', 'asie', 'oceanie',
    ]);
    expect(values(byName<QuestionSelectBase>(m, 'indicateurs_suivis').choices)).toEqual(INDICATORS);
    expect(values(byName<QuestionMatrixModel>(m, 'acteurs_mobilises').rows)).toEqual(ACTORS);
    // Numbers are typed as French agents write them, whatever the browser's language: a numeric mask, French separators.
    for (const name of ['budget_aict_euros', 'etp_aict', 'partenariats_actifs']) {
      const q = byName<QuestionTextModel>(m, name);
      expect([q.inputType, q.maskType]).toEqual(['text', 'numeric']);
      expect(q.maskSettings.toJSON()).toMatchObject({ decimalSeparator: ',', thousandsSeparator: '\u202f', allowNegativeValues: false, min: 0 });
      expect(q.step).toBeUndefined();
    }
    expect(values(byName<QuestionSelectBase>(m, 'evaluation_impact').choices)).toEqual(['systematique', 'parfois', 'jamais']);
  });

  it('ua-2014-indicateurs: 18 rows with acces and pertinence rated 1 to 5', () => {
    const q = question<QuestionMatrixDropdownModel>('ua-2014-indicateurs', 'indicateurs');
    expect(q.getType()).toBe('matrixdropdown');
    expect(values(q.rows)).toEqual(INDICATORS);
    expect(q.columns.map((c) => c.name)).toEqual(['acces', 'pertinence']);
    for (const c of q.columns) {
      expect(c.cellType).toBe('rating');
      expect([(c.templateQuestion as QuestionRatingModel).rateMin, (c.templateQuestion as QuestionRatingModel).rateMax]).toEqual([1, 5]);
    }
  });

  it('arricod-2016: 6 actor rows oui/non, rating matrices 0-5, target zones, orientation', () => {
    const actors = question<QuestionMatrixModel>('arricod-2016', 'acteurs_mobilises');
    expect(values(actors.rows)).toEqual(ACTORS);
    expect(values(actors.columns)).toEqual(['oui', 'non']);
    for (const name of ['actions_realisees', 'actions_a_renforcer']) {
      const q = question<QuestionMatrixModel>('arricod-2016', name);
      expect(values(q.rows)).toEqual(['promotion_internationale', 'internationalisation_entreprises', 'cooperation_economique']);
      expect(values(q.columns)).toEqual([0, 1, 2, 3, 4, 5]);
    }
    expect(values(question<QuestionSelectBase>('arricod-2016', 'zone_cible').choices)).toEqual(['nsp', 'europe_amerique_sud', 'chine', 'maroc', 'autre']);
    expect(values(question<QuestionSelectBase>('arricod-2016', 'orientation_partenaires').choices)).toEqual([
      'nouveaux_partenaires', 'actualisation_cooperations', 'les_deux', 'nsp',
    ]);
  });

  it('arricod-2014: yes/no, conditional initiative and implementation, rating 0-5', () => {
    const m = model('arricod-2014');
    const yesNo = byName<QuestionBooleanModel>(m, 'projets_cooperation_eco');
    expect([yesNo.valueTrue, yesNo.valueFalse]).toEqual(['oui', 'non']);
    const codes = ['dri', 'dev_eco', 'elus_cabinet', 'agence_developpement', 'acteurs_economiques', 'autre'];
    for (const name of ['initiative', 'mise_en_oeuvre']) {
      const q = byName<QuestionSelectBase>(m, name);
      expect(values(q.choices)).toEqual(codes);
      expect(q.visibleIf).toBe("{projets_cooperation_eco} = 'oui'");
    }
    // The conditional logic runs in SurveyJS itself.
    m.setValue('projets_cooperation_eco', 'non');
    expect(m.getQuestionByName('initiative').isVisible).toBe(false);
    m.setValue('projets_cooperation_eco', 'oui');
    expect(m.getQuestionByName('initiative').isVisible).toBe(true);
    const rating = byName<QuestionRatingModel>(m, 'implication_acteurs_eco');
    expect([rating.rateMin, rating.rateMax]).toEqual([0, 5]);
  });

  it('ua-2015-kit-de-survie: sessions and the three lists of the Kit de survie', () => {
    const m = model('ua-2015-kit-de-survie');
    expect(values(byName<QuestionSelectBase>(m, 'session').choices)).toEqual(['1', '2', '3']);
    expect(values(byName<QuestionSelectBase>(m, 'besoins').choices)).toEqual([
      'analyse_legislative', 'secteurs_concurrentiels', 'approche_nationale_pays_partenaire', 'solidarite_et_cooperation_eco', 'valoriser_agents_ri',
    ]);
    expect(values(byName<QuestionSelectBase>(m, 'exemples_pratiques').choices)).toEqual([
      'site_collaboratif_profils', 'visite_sites', 'agence', 'bureaux_representation', 'plateforme_international', 'discours_argumentaire',
    ]);
    expect(values(byName<QuestionSelectBase>(m, 'recommandations_utiles').choices)).toEqual([
      'formation_agents_ri', 'organigramme_acteurs_export', 'enquete_bonnes_pratiques', 'guide_methodologique',
    ]);
    expect(m.getQuestionByName('commentaire').getType()).toBe('comment');
  });

  it('autodiagnostic: the five steps with their items, status 0-3, guide section, and the typology', () => {
    const m = model('autodiagnostic');
    for (const [step, [section, items]] of Object.entries(STEPS)) {
      const q = byName<GuidedQuestion>(m, step);
      expect(q.getType(), step).toBe('matrix');
      expect(values(q.rows), step).toEqual(items);
      expect(values(q.columns), step).toEqual([0, 1, 2, 3]);
      expect(q.sectionGuide, step).toBe(section);
    }
    expect(byName<QuestionMatrixModel>(m, 'typologie_actions').rows).toHaveLength(27);
  });

  it.each(['enquete-annuelle', 'autodiagnostic'])('%s: the typology matrix names its categories and sub-categories as the guide does, and no line numbers', (id) => {
    // The names are filled in at load from the guide (compileCatalog): read the instrument as it is served.
    const served = new Model(compileCatalog().get(id)!.json);
    const q = byName<TypologyMatrix>(served, 'typologie_actions');
    const names = (items: ItemValue[]) => Object.fromEntries(items.map((i) => [i.value, i.text]));
    expect(names(q.categories)).toEqual(GUIDE_CATEGORIES);
    expect(names(q.sousCategories)).toEqual(GUIDE_SUB_CATEGORIES);
    expect(q.description).not.toMatch(/ligne/);
  });
});
