import { decodeHTML } from 'entities';
import sanitizeHtml from 'sanitize-html';
import type { SurveyJson } from './catalog.js';

/*
 * Instrument texts reach people through two kinds of sink. React and SurveyJS show titles,
 * descriptions and choice texts as text nodes: there the text must be plain (markup
 * removed, entities decoded, so "&amp;" reads "&"). SurveyJS writes its `…Html` properties
 * and `html` questions with innerHTML: there the text must stay escaped, or "&lt;img …&gt;"
 * would turn back into an element. sanitize-html does the parsing (a real HTML parser, not a
 * regular expression), dropping every tag and the content of script and style.
 */

const NO_MARKUP = { allowedTags: [], allowedAttributes: {} };

/** The text a person would read in `s`, markup removed, as a plain string for text nodes. */
export function plainText(s: string): string {
  return decodeHTML(sanitizeHtml(s, NO_MARKUP));
}

/** The same text, escaped, for the properties a renderer writes as HTML. */
export function escapedText(s: string): string {
  return sanitizeHtml(s, NO_MARKUP);
}

/** SurveyJS properties shown as text (string or `{ fr, default, … }` localised object). */
const TEXT_PROPERTIES = new Set([
  'title',
  'description',
  'text',
  'placeholder',
  'labelTrue',
  'labelFalse',
  'minRateDescription',
  'maxRateDescription',
  'otherText',
  'otherPlaceholder',
  'noneText',
  'commentText',
  'commentPlaceholder',
  'requiredErrorText',
  'pagePrevText',
  'pageNextText',
  'completeText',
  'previewText',
  'editText',
  'startSurveyText',
  'addRowText',
  'removeRowText',
  'selectAllText',
  'clearInvisibleValuesText',
  'navigationTitle',
  'navigationDescription',
]);

/** SurveyJS properties written with innerHTML (`completedHtml`, `loadingHtml`, the `html` question…). */
function isHtmlProperty(key: string): boolean {
  return key === 'html' || key.endsWith('Html');
}

/** Whether SurveyJS shows the value of property `key` to people, as text or as HTML. */
export function isReadTextProperty(key: string): boolean {
  return TEXT_PROPERTIES.has(key) || isHtmlProperty(key);
}

/** A string, or a localised `{ fr, default, … }` object of strings, cleaned; null when `value` is neither. */
function cleanText(value: unknown, clean: (s: string) => string): unknown {
  if (typeof value === 'string') return clean(value);
  if (value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string')) {
    return Object.fromEntries(Object.entries(value).map(([locale, s]) => [locale, clean(s as string)]));
  }
  return null;
}

function sanitiseNode(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(sanitiseNode);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    const cleaned = TEXT_PROPERTIES.has(key) ? cleanText(value, plainText) : isHtmlProperty(key) ? cleanText(value, escapedText) : null;
    out[key] = cleaned ?? sanitiseNode(value);
  }
  return out;
}

/**
 * A copy of an instrument's SurveyJS JSON whose texts carry no markup: an instrument file
 * (or one edited later) cannot put an element, a script or an event handler on a page.
 * Codes (`name`, `value`, expressions such as `visibleIf`) are left as they are: they are
 * never shown as text and "<" is an operator there.
 */
export function sanitiseInstrumentTexts(json: SurveyJson): SurveyJson {
  return sanitiseNode(json) as SurveyJson;
}
