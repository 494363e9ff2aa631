import type { InstrumentSpec, QuestionSpec, Scalar } from '../instruments/question-spec.js';

/** One column of an export: where its value sits in the answers, and how to read it back. */
export interface Column {
  code: string;
  label: string;
  question: string;
  kind: QuestionSpec['kind'] | 'meta';
  row?: string;
  col?: string;
  /** For a multiple-choice column: the choice it ticks (cell "1"). */
  choice?: string;
  /** The values the cell may hold (for the codebook), when they are a list. */
  values?: Scalar[];
}

export const META_COLUMNS: Column[] = [
  { code: 'reponse_id', label: 'Identifiant de la réponse', question: 'reponse_id', kind: 'meta' },
  { code: 'statut', label: 'Statut (complete ou partial)', question: 'statut', kind: 'meta' },
  { code: 'modifiee_le', label: 'Dernière modification', question: 'modifiee_le', kind: 'meta' },
];

/**
 * The export layout of an instrument: one column per code — a question, a matrix row
 * (`question.row`), a matrixdropdown cell (`question.row.column`), or a choice of a
 * multiple choice (`question.choice`, 1 when ticked). `labels` gives French titles.
 */
export function exportColumns(spec: InstrumentSpec, labels: Map<string, ColumnLabels>): Column[] {
  const out: Column[] = [...META_COLUMNS];
  for (const q of spec.questions.values()) {
    const l = labels.get(q.name);
    const title = l?.title ?? q.title;
    switch (q.kind) {
      case 'multi':
        for (const v of q.values) {
          out.push({ code: `${q.name}.${v}`, label: `${title} — ${l?.choices.get(String(v)) ?? v}`, question: q.name, kind: q.kind, choice: String(v), values: [1] });
        }
        break;
      case 'matrix':
        for (const r of q.rows) {
          out.push({ code: `${q.name}.${r}`, label: `${title} — ${l?.rows.get(r) ?? r}`, question: q.name, kind: q.kind, row: r, values: q.values });
        }
        break;
      case 'matrixdropdown':
        for (const r of q.rows) {
          for (const c of q.columns) {
            out.push({ code: `${q.name}.${r}.${c.name}`, label: `${title} — ${l?.rows.get(r) ?? r} — ${c.title}`, question: q.name, kind: q.kind, row: r, col: c.name, values: c.values });
          }
        }
        break;
      case 'choice':
      case 'rating':
        out.push({ code: q.name, label: title, question: q.name, kind: q.kind, values: q.values });
        break;
      default:
        out.push({ code: q.name, label: title, question: q.name, kind: q.kind });
    }
  }
  return out;
}

export interface ColumnLabels {
  title: string;
  choices: Map<string, string>;
  rows: Map<string, string>;
}

/** Titles and labels read from the SurveyJS JSON, for the French header and the codebook. */
export function columnLabels(json: { pages: unknown[] }): Map<string, ColumnLabels> {
  const out = new Map<string, ColumnLabels>();
  const text = (item: any) => (typeof item === 'object' ? String(item.text ?? item.title ?? item.value ?? item.name) : String(item));
  const key = (item: any) => (typeof item === 'object' ? String(item.value ?? item.name) : String(item));
  const walk = (elements: any[]) => {
    for (const e of elements ?? []) {
      if (e.type === 'panel') walk(e.elements);
      else if (e.name) {
        out.set(e.name, {
          title: e.title ?? e.name,
          choices: new Map((Array.isArray(e.choices) ? e.choices : []).map((c: any) => [key(c), text(c)])),
          rows: new Map((Array.isArray(e.rows) ? e.rows : []).map((r: any) => [key(r), text(r)])),
        });
      }
    }
  };
  for (const page of json.pages as any[]) walk(page.elements);
  return out;
}
