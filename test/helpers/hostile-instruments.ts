import { loadInstruments, type Instrument } from '../../api/instruments/catalog.js';

/**
 * Markup where a person could slip it in: instrument texts (a file edited by hand), free-text
 * answers, campaign labels and invitation lines. Each payload would leave an element with an
 * event handler in the page, or set `window.__xss`, if anything rendered it as HTML.
 */
export const HOSTILE_ANSWER = '<img src="x" onerror="window.__xss=7"><script>window.__xss=8</script> & « merci » </textarea>';
export const HOSTILE_LABEL = 'Campagne <img src="x" onerror="window.__xss=9">test';
export const HOSTILE_LINE = '<svg onload="window.__xss=10">Ville</svg>';

/** The texts the hostile instrument texts below must read as, once made plain. */
export const PLAIN = {
  surveyTitle: 'Enquête annuelle',
  pageDescription: 'Qui répond ?',
  typeTitle: 'Type de collectivité',
  regionText: 'Région & co',
  commentTitle: 'Commentaire libre',
};

/** Selects anything that rendered markup would leave: elements carrying an inline handler. */
export const INJECTED_SELECTOR = '[onerror], [onload], [onmouseover], [onclick]';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** The parts of a SurveyJS definition rewritten below, as the instruments' JSON writes them. */
interface ChoiceJson {
  value: unknown;
  text?: string;
}
interface ElementJson {
  name?: string;
  title?: string;
  choices?: ChoiceJson[];
}
interface PageJson {
  description?: string;
  elements: ElementJson[];
}
interface EditableSurveyJson {
  title: string;
  pages: PageJson[];
  completedHtml?: string;
  [property: string]: unknown;
}

/** The six instruments, with markup and scripts written into the texts of two of them. */
export function hostileInstruments(): Instrument[] {
  return loadInstruments().map((instrument) => {
    const json = clone(instrument.json) as EditableSurveyJson;
    if (instrument.id === 'enquete-annuelle') {
      json.title = 'Enquête <img src="x" onerror="window.__xss=1"><b>annuelle</b>';
      json.pages[0]!.description = '<script>window.__xss=2</script>Qui répond ?';
      const type = json.pages[0]!.elements.find((e) => e.name === 'collectivite_type')!;
      type.title = 'Type de <svg onload="window.__xss=3">collectivité</svg>';
      type.choices!.find((c) => c.value === 'region')!.text = '<i onmouseover="window.__xss=4">Région</i> &amp; co';
      json.completedHtml = '<img src="x" onerror="window.__xss=5">Merci &lt;script&gt;';
      return { ...instrument, title: json.title, json };
    }
    if (instrument.id === 'ua-2015-kit-de-survie') {
      const comment = json.pages.flatMap((p) => p.elements).find((e) => e.name === 'commentaire')!;
      comment.title = 'Commentaire <img src="x" onerror="window.__xss=6">libre';
      return { ...instrument, json };
    }
    return instrument;
  });
}
