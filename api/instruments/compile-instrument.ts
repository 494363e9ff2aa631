import { Model, type Question } from 'survey-core';
import { registerCustomProperties } from '../../surveys/custom-properties.js';
import type { CellSpec, InstrumentSpec, QuestionSpec, Scalar } from './question-spec.js';

/** Free texts without a `maxLength` in the JSON still get a bound, so one answer cannot fill the disk. */
export const DEFAULT_TEXT_MAX_LENGTH = 2000;

interface ItemLike {
  value: Scalar;
}

function values(items: ItemLike[]): Scalar[] {
  return items.map((i) => i.value);
}

/** The values a SurveyJS rating offers: `rateValues` when given, else rateMin..rateMax by rateStep. */
function ratingValues(q: { rateValues?: ItemLike[]; rateMin: number; rateMax: number; rateStep: number }): number[] {
  if (q.rateValues && q.rateValues.length > 0) return q.rateValues.map((v) => Number(v.value));
  const out: number[] = [];
  for (let v = q.rateMin; v <= q.rateMax; v += q.rateStep) out.push(v);
  return out;
}

function titleOf(q: Question): string {
  return q.title || q.name;
}

function cellSpec(column: { name: string; title: string; cellType: string; templateQuestion: any }): CellSpec {
  const template = column.templateQuestion;
  const cellValues: Scalar[] =
    template.getType() === 'rating' ? ratingValues(template) : values(template.choices ?? []);
  return { name: column.name, title: column.title || column.name, values: cellValues };
}

function specOf(q: Question): QuestionSpec {
  const base = {
    name: q.name,
    title: titleOf(q),
    required: q.isRequired,
    visibleIf: (q as { visibleIf?: string }).visibleIf || null,
  };
  const a = q as any;
  switch (q.getType()) {
    case 'dropdown':
      if (a.choicesLazyLoadEnabled) return { ...base, kind: 'external', source: q.name };
      return { ...base, kind: 'choice', values: values(a.choices) };
    case 'radiogroup':
      return { ...base, kind: 'choice', values: values(a.choices) };
    case 'boolean':
      return { ...base, kind: 'choice', values: [a.valueTrue ?? true, a.valueFalse ?? false] };
    case 'checkbox':
      return { ...base, kind: 'multi', values: values(a.choices) };
    case 'rating':
      return { ...base, kind: 'rating', values: ratingValues(a) };
    case 'matrix':
      return {
        ...base,
        kind: 'matrix',
        rows: values(a.rows).map(String),
        values: values(a.columns),
        allRowsRequired: Boolean(a.isAllRowRequired),
      };
    case 'matrixdropdown':
      return { ...base, kind: 'matrixdropdown', rows: values(a.rows).map(String), columns: a.columns.map(cellSpec) };
    case 'text':
      if (a.inputType === 'number') {
        const integer = (a.validators ?? []).some(
          (v: { getType(): string; regex?: string }) => v.getType() === 'regexvalidator' && v.regex === '^\\d+$',
        );
        return { ...base, kind: 'number', min: numberOrNull(a.min), max: numberOrNull(a.max), integer };
      }
      return { ...base, kind: 'text', maxLength: a.maxLength > 0 ? a.maxLength : DEFAULT_TEXT_MAX_LENGTH };
    case 'comment':
      return { ...base, kind: 'text', maxLength: a.maxLength > 0 ? a.maxLength : DEFAULT_TEXT_MAX_LENGTH };
    default:
      throw new Error(`Type de question non pris en charge par la validation : ${q.getType()} (${q.name})`);
  }
}

function numberOrNull(v: unknown): number | null {
  if (v === undefined || v === null || v === '') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

/**
 * Reads an instrument with survey-core itself (so panels, defaults and property
 * inheritance are SurveyJS's own) and keeps only what the server needs to check answers.
 */
export function compileInstrument(id: string, json: object): InstrumentSpec {
  registerCustomProperties();
  const model = new Model(json);
  const questions = new Map<string, QuestionSpec>();
  for (const q of model.getAllQuestions()) questions.set(q.name, specOf(q));
  return { id, questions };
}
