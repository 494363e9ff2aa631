import { createRequire } from 'node:module';

export type InstrumentKind = 'sondage' | 'atelier' | 'autodiagnostic' | 'enquete';

export interface Instrument {
  id: string;
  title: string;
  /** Year of the historical survey or workshop; null for the instruments answered every year or at any time. */
  year: number | null;
  kind: InstrumentKind;
  /** Who the instrument is for, shown on the home page. */
  audience: string;
  /** The SurveyJS definition, as stored in `surveys/<id>.json`. */
  json: SurveyJson;
}

export interface SurveyJson {
  title: string;
  description?: string;
  pages: unknown[];
  [key: string]: unknown;
}

interface InstrumentMeta {
  id: string;
  year: number | null;
  kind: InstrumentKind;
  audience: string;
}

const META: InstrumentMeta[] = [
  {
    id: 'enquete-annuelle',
    year: null,
    kind: 'enquete',
    audience: "Les collectivités invitées par l'ARRICOD à la campagne de l'année : régions, départements, métropoles, intercommunalités et communes.",
  },
  {
    id: 'autodiagnostic',
    year: null,
    kind: 'autodiagnostic',
    audience: 'Les agents qui préparent une stratégie : où en est votre collectivité sur les étapes indispensables ?',
  },
  {
    id: 'arricod-2016',
    year: 2016,
    kind: 'sondage',
    audience: "Le sondage ARRICOD 2016 sur l'AICT économique, adressé aux services des collectivités.",
  },
  {
    id: 'arricod-2014',
    year: 2014,
    kind: 'sondage',
    audience: 'Le sondage ARRICOD 2014 sur la coopération économique internationale, adressé aux services des collectivités.',
  },
  {
    id: 'ua-2014-indicateurs',
    year: 2014,
    kind: 'atelier',
    audience: "Les participants de l'université d'automne 2014 : noter les indicateurs d'impact et d'internationalisation.",
  },
  {
    id: 'ua-2015-kit-de-survie',
    year: 2015,
    kind: 'atelier',
    audience: "Les participants des sessions « Kit de survie » de l'université d'automne 2015.",
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

/**
 * The campaign a new response joins. Historical instruments keep their year; the annual
 * survey joins the campaign of the current year; the self-diagnosis is permanent.
 */
export function currentCampaign(instrument: Pick<Instrument, 'kind' | 'year'>, now: Date): string {
  if (instrument.year !== null) return String(instrument.year);
  if (instrument.kind === 'autodiagnostic') return 'permanent';
  return String(now.getUTCFullYear());
}
