import { Model, type ItemValue, type Question } from 'survey-core';
import './survey-french';
import { registerCustomProperties } from '../../../surveys/custom-properties';

/** One answered question of the receipt: its title and its answer as the respondent read it. */
export interface ReceiptLine {
  name: string;
  title: string;
  /** A single answer, or one line per matrix row answered ("Entreprises : Oui"). */
  answer: string | string[];
}

export interface ReceiptSection {
  title: string;
  lines: ReceiptLine[];
}

/** What survey-core's `getPlainData` gives of a question, as far as the receipt reads it. */
interface PlainData {
  name: string | number;
  title: string;
  /** The answer as shown: a text, or for a matrix its answered rows by row text (cells by column title for a matrix of dropdowns). */
  displayValue: unknown;
}

/** French punctuation: a narrow no-break space before « : » and « ; ». */
const COLON = '\u202f: ';
const SEMICOLON = '\u202f; ';

/** A matrix row's cells by column title: "Accès : 3 ; Pertinence : 4". */
const cellsOf = (cells: Record<string, unknown>) => Object.entries(cells).map(([column, v]) => `${column}${COLON}${String(v)}`).join(SEMICOLON);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The rows' texts in the question's order (a matrix's answers come in the order they were given). */
function rowOrder(question: Question): Map<string, number> {
  const rows = (question as Question & { rows?: ItemValue[] }).rows ?? [];
  return new Map(rows.map((r, i) => [r.text, i]));
}

/** "Entreprises : Oui", "Indicateur : Accès à la donnée : 3 ; Pertinence : 4", or the plain answer. */
function answerOf(question: Question, plain: PlainData): string | string[] {
  const shown = plain.displayValue;
  if (!isRecord(shown)) return String(shown);
  const order = rowOrder(question);
  return Object.entries(shown)
    .sort(([a], [b]) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
    .map(([row, cells]) => `${row}${COLON}${isRecord(cells) ? cellsOf(cells) : String(cells)}`);
}

/**
 * The answered questions of a response, page by page, with the labels survey-core shows
 * (choice texts, matrix rows and columns, numbers with French separators). Unanswered
 * questions are left out.
 */
export function receiptSections(json: object, answers: Record<string, unknown>): ReceiptSection[] {
  registerCustomProperties();
  const model = new Model(json);
  model.locale = 'fr';
  model.data = answers;
  return model.visiblePages
    .map((page) => ({
      title: page.title,
      lines: page.questions
        .filter((q) => q.isVisible)
        .map((q) => ({ q, plain: q.getPlainData({ includeEmpty: false }) as PlainData | undefined }))
        .filter((a): a is { q: Question; plain: PlainData } => a.plain !== undefined)
        .map(({ q, plain }) => ({ name: String(plain.name), title: plain.title, answer: answerOf(q, plain) })),
    }))
    .filter((section) => section.lines.length > 0);
}
