import type { QuestionJson } from '../walk-questions.js';
import type { Scalar, SpecBase } from './question-kind.js';

/**
 * SurveyJS item values as the JSON writes them: a bare value (its own label) or an object
 * `{ value, text }` (`{ name, title }` for matrix columns). These helpers read them the way
 * survey-core does, so the server, the exports and the web see the same codes and labels.
 */
export interface Item {
  value: Scalar;
  text: string;
}

function isScalar(v: unknown): v is Scalar {
  return typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));
}

function itemOf(raw: unknown): Item | null {
  if (isScalar(raw)) return { value: raw, text: String(raw) };
  if (typeof raw !== 'object' || raw === null) return null;
  const o = raw as Record<string, unknown>;
  const value = o.value ?? o.name;
  if (!isScalar(value)) return null;
  const text = o.text ?? o.title;
  return { value, text: typeof text === 'string' && text !== '' ? text : String(value) };
}

/** The items of a list property (`choices`, `rows`, `columns`); anything else (a comment box's `rows` height) is none. */
export function itemsOf(list: unknown): Item[] {
  return Array.isArray(list) ? list.map(itemOf).filter((i): i is Item => i !== null) : [];
}

export const valuesOf = (items: readonly Item[]): Scalar[] => items.map((i) => i.value);

export const labelsOf = (items: readonly Item[]): Map<string, string> => new Map(items.map((i) => [String(i.value), i.text]));

/** A number property, or its SurveyJS default. */
export function numberProperty(element: Record<string, unknown>, name: string, fallback: number): number {
  const v = element[name];
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : fallback;
}

/** A bound that may be absent: a number, or null. */
export function optionalNumber(v: unknown): number | null {
  if (v === undefined || v === null || v === '') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

/** The values a SurveyJS rating offers: `rateValues` when given, else rateMin..rateMax by rateStep (defaults 1, 5, 1). */
export function ratingItems(element: Record<string, unknown>): Item[] {
  const given = itemsOf(element.rateValues);
  if (given.length > 0) return given.map((i) => ({ value: Number(i.value), text: i.text }));
  const min = numberProperty(element, 'rateMin', 1);
  const max = numberProperty(element, 'rateMax', 5);
  const step = numberProperty(element, 'rateStep', 1);
  const out: Item[] = [];
  for (let v = min; v <= max && step > 0; v += step) out.push({ value: v, text: String(v) });
  return out;
}

const expression = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);

/** Name, title (the name when there is none, as SurveyJS shows it), required and conditions. */
export function specBase(element: QuestionJson): SpecBase {
  const title = typeof element.title === 'string' && element.title !== '' ? element.title : element.name;
  return {
    name: element.name,
    title,
    required: element.isRequired === true,
    visibleIf: expression(element.visibleIf),
    requiredIf: expression(element.requiredIf),
  };
}
