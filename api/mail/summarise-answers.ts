import { isPlainObject, type Answers } from '../instruments/answers.js';
import type { LoadedInstrument } from '../instruments/catalog.js';
import type { QuestionLabels } from '../instruments/kinds/question-kind.js';
import { kindOf } from '../instruments/question-spec.js';
import { displayLabel, type Registry } from '../registry/registry.js';
import { typeset } from '../../surveys/french-typography.js';

/** One answered question, for people: its title and its answer in words (one line per row of a grid). */
export interface AnsweredQuestion {
  title: string;
  lines: string[];
}

const numberFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

function scalarInWords(labels: QuestionLabels, value: unknown): string {
  if (typeof value === 'boolean') return value ? 'Oui' : 'Non';
  const code = String(value);
  const label = labels.choices.get(code) ?? labels.columns.get(code);
  if (label !== undefined) return typeset(label);
  return typeof value === 'number' ? numberFormat.format(value) : code;
}

/** A grid's cell: a code, or (a grid of dropdowns) one value per column. */
function cellInWords(labels: QuestionLabels, cell: unknown): string {
  if (!isPlainObject(cell)) return scalarInWords(labels, cell);
  return Object.entries(cell)
    .map(([column, value]) => `${typeset(labels.columns.get(column) ?? column)}\u202f: ${scalarInWords(labels, value)}`)
    .join('\u202f; ');
}

/**
 * The answers of a response in words, question by question in the instrument's order, as
 * its French titles and labels say them (a collectivity by its name); unanswered questions
 * are left out. For a receipt: what was sent, readable without the codes. The instrument's
 * own texts get French typography; what the respondent typed is left as typed.
 */
export function summariseAnswers(instrument: LoadedInstrument, answers: Answers, registry: Registry): AnsweredQuestion[] {
  const out: AnsweredQuestion[] = [];
  for (const spec of instrument.spec.questions.values()) {
    const value = answers[spec.name];
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    const labels = kindOf(instrument.spec, spec).labels(spec);
    let lines: string[];
    if (spec.kind === 'external' && typeof value === 'string') {
      const entry = registry.get(value);
      lines = [entry ? displayLabel(entry) : value];
    } else if (Array.isArray(value)) lines = [value.map((v) => scalarInWords(labels, v)).join(', ')];
    else if (isPlainObject(value)) lines = Object.entries(value).map(([row, cell]) => `${typeset(labels.rows.get(row) ?? row)}\u202f: ${cellInWords(labels, cell)}`);
    else lines = [scalarInWords(labels, value)];
    out.push({ title: typeset(labels.title || spec.name), lines });
  }
  return out;
}
