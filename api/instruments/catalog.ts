import { createRequire } from 'node:module';
import type { InstrumentSpec } from './question-spec.js';

/**
 * The six instruments and what each offers. This is the one place that names them: the
 * routes, the peers, the seeds and the web app read an instrument's features here (or from
 * GET /api/surveys) instead of testing its id.
 */

export type InstrumentKind = 'sondage' | 'atelier' | 'diagnostic' | 'enquete';

/** Where a new response goes when the survey has no open campaign. */
export type CampaignRhythm =
  /** A historical survey or workshop: the campaign of its year. */
  | 'historique'
  /** Answered every year: the campaign of the current year. */
  | 'annuelle'
  /** Answered at any time: one permanent campaign. */
  | 'permanente';

/** How respondents are compared with their peers. */
export type PeerFeature =
  /** From the pre-aggregated counts: the numbers' quartiles, and the shares of the matrix rows' answers. */
  | { from: 'counts'; numbers: string[]; choices: string[]; actions: string }
  /** From each peer's scores on the diagnostic steps (a self-diagnosis peer group is small). */
  | { from: 'step-scores'; actions: string };

export interface InstrumentFeatures {
  campaigns: CampaignRhythm;
  /** Peer comparison (`actions`: the typology matrix whose common actions are suggested). */
  peers?: PeerFeature;
  /** The self-diagnosis report, with the indicators rated by the workshop of `indicatorsFrom`. */
  diagnostic?: { indicatorsFrom: string };
  /** Earlier campaigns of other instruments whose codes this one carries on (trends start there). */
  trendsFrom?: { surveyId: string; campaign: string }[];
  /** The guide's figures are recomputed from the responses of this campaign (its replay). */
  publishedFigures?: { campaign: string };
  /** A reconstruction of the historical responses is loaded by the `replay` seed (surveys/replays/<id>.json). */
  replay?: true;
  /**
   * What the `demo` seed gives it: a fictitious campaign of its own, closed and published,
   * whose results can be read ('campagne-fictive'); or fictitious verified responses in the
   * campaign new respondents join, so that they have peers ('reponses-fictives').
   */
  demo?: 'campagne-fictive' | 'reponses-fictives';
}

export interface Instrument {
  id: string;
  title: string;
  /** Year of the historical survey or workshop; null for the instruments answered every year or at any time. */
  year: number | null;
  kind: InstrumentKind;
  /** Who the instrument is for, shown on the home page. */
  audience: string;
  features: InstrumentFeatures;
  /** The SurveyJS definition, as stored in `surveys/<id>.json`. */
  json: SurveyJson;
}

export interface SurveyJson {
  title: string;
  description?: string;
  pages: unknown[];
  [key: string]: unknown;
}

/** An instrument with the rules compiled from its JSON (compile-catalog.ts). */
export interface LoadedInstrument extends Instrument {
  spec: InstrumentSpec;
}

/** The instruments by id, compiled once at start. */
export type Catalog = ReadonlyMap<string, LoadedInstrument>;

type InstrumentMeta = Omit<Instrument, 'title' | 'json'>;

const ANNUAL_SURVEY = 'enquete-annuelle';
const SELF_DIAGNOSIS = 'autodiagnostic';
const SURVEY_2016 = 'arricod-2016';
const SURVEY_2014 = 'arricod-2014';
const INDICATORS_WORKSHOP = 'ua-2014-indicateurs';
const SURVIVAL_KIT_WORKSHOP = 'ua-2015-kit-de-survie';

const TYPOLOGY = 'typologie_actions';

const META: InstrumentMeta[] = [
  {
    id: ANNUAL_SURVEY,
    year: null,
    kind: 'enquete',
    audience: 'Les collectivités invitées par l’ARRICOD à la campagne de l’année\u202f: régions, départements, métropoles, intercommunalités et communes.',
    features: {
      campaigns: 'annuelle',
      peers: { from: 'counts', numbers: ['budget_aict_euros', 'etp_aict', 'partenariats_actifs'], choices: [TYPOLOGY, 'acteurs_mobilises'], actions: TYPOLOGY },
      // The annual survey carries on the 2016 survey's codes: its trends start there.
      trendsFrom: [{ surveyId: SURVEY_2016, campaign: '2016' }],
      demo: 'campagne-fictive',
    },
  },
  {
    id: SELF_DIAGNOSIS,
    year: null,
    kind: 'diagnostic',
    audience: 'Les agents qui préparent une stratégie\u202f: où en est votre collectivité sur les étapes indispensables\u202f?',
    features: {
      campaigns: 'permanente',
      peers: { from: 'step-scores', actions: TYPOLOGY },
      diagnostic: { indicatorsFrom: INDICATORS_WORKSHOP },
      demo: 'reponses-fictives',
    },
  },
  {
    id: SURVEY_2016,
    year: 2016,
    kind: 'sondage',
    audience: 'Le sondage ARRICOD 2016 sur l’AICT économique, adressé aux services des collectivités.',
    features: { campaigns: 'historique', publishedFigures: { campaign: '2016' }, replay: true },
  },
  {
    id: SURVEY_2014,
    year: 2014,
    kind: 'sondage',
    audience: 'Le sondage ARRICOD 2014 sur la coopération économique internationale, adressé aux services des collectivités.',
    features: { campaigns: 'historique', publishedFigures: { campaign: '2014' }, replay: true },
  },
  {
    id: INDICATORS_WORKSHOP,
    year: 2014,
    kind: 'atelier',
    audience: 'Les participants de l’université d’automne 2014\u202f: noter les indicateurs d’impact et d’internationalisation.',
    features: { campaigns: 'historique', publishedFigures: { campaign: '2014' }, replay: true },
  },
  {
    id: SURVIVAL_KIT_WORKSHOP,
    year: 2015,
    kind: 'atelier',
    audience: 'Les participants des sessions «\u202fKit de survie\u202f» de l’université d’automne 2015.',
    features: { campaigns: 'historique', publishedFigures: { campaign: '2015' }, replay: true },
  },
];

/** Loads the six instruments from `surveys/`. */
export function loadInstruments(): Instrument[] {
  const require = createRequire(import.meta.url);
  return META.map((meta) => {
    const json = require(`../../surveys/${meta.id}.json`) as SurveyJson;
    return { ...meta, title: json.title, json };
  });
}

/** The instruments that offer a feature, in the catalog's order. */
export function instrumentsWith<F extends keyof InstrumentFeatures>(
  catalog: Catalog,
  feature: F,
): (LoadedInstrument & { features: Required<Pick<InstrumentFeatures, F>> })[] {
  return [...catalog.values()].filter((i): i is LoadedInstrument & { features: Required<Pick<InstrumentFeatures, F>> } => i.features[feature] !== undefined);
}

/**
 * The campaign a new response joins when none is open: a historical instrument keeps its
 * year, an annual one joins the current year's, a permanent one its single campaign.
 */
export function currentCampaign(instrument: Pick<Instrument, 'features' | 'year'>, now: Date): string {
  switch (instrument.features.campaigns) {
    case 'historique':
      return String(instrument.year);
    case 'permanente':
      return 'permanent';
    case 'annuelle':
      return String(now.getUTCFullYear());
  }
}
