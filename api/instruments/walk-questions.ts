/**
 * The one walk over an instrument's SurveyJS JSON, shared by the server (compilation,
 * typology), the exports and the web app (labels): every element that holds an answer, in
 * the order a respondent meets them, panels included. It reads the JSON as written and
 * loads nothing, so the results pages can use it without the SurveyJS runtime.
 */

/** A SurveyJS element as written in the JSON. */
export interface ElementJson {
  type?: unknown;
  name?: unknown;
  [property: string]: unknown;
}

/** A question: an element with a type and a name, which holds an answer. */
export interface QuestionJson extends ElementJson {
  type: string;
  name: string;
}

export interface SurveyJsonLike {
  pages?: unknown;
  elements?: unknown;
  questions?: unknown;
}

/** Containers whose elements are questions of the same survey (their answers are not nested). */
const CONTAINERS = new Set(['panel', 'page']);
/** Elements that show something but hold no answer. */
const DISPLAY_ONLY = new Set(['html', 'image']);

function childrenOf(container: ElementJson | SurveyJsonLike): ElementJson[] {
  const out: ElementJson[] = [];
  // SurveyJS accepts `questions` as an older name of `elements`.
  for (const list of [container.elements, container.questions]) {
    if (Array.isArray(list)) out.push(...list.filter((e): e is ElementJson => typeof e === 'object' && e !== null));
  }
  return out;
}

function isQuestion(e: ElementJson): e is QuestionJson {
  return typeof e.type === 'string' && typeof e.name === 'string' && e.name !== '';
}

function* walk(elements: ElementJson[]): Generator<QuestionJson> {
  for (const e of elements) {
    if (typeof e.type === 'string' && CONTAINERS.has(e.type)) yield* walk(childrenOf(e));
    else if (isQuestion(e) && !DISPLAY_ONLY.has(e.type)) yield e;
  }
}

/** Every question of the instrument, pages then panels in document order. */
export function walkQuestions(json: SurveyJsonLike): QuestionJson[] {
  const pages = Array.isArray(json.pages) ? (json.pages as ElementJson[]) : [];
  return [...walk(childrenOf(json)), ...pages.flatMap((page) => [...walk(childrenOf(page))])];
}

/** One question of the instrument by its name. */
export function findQuestion(json: SurveyJsonLike, name: string): QuestionJson | undefined {
  return walkQuestions(json).find((q) => q.name === name);
}
