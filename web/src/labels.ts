/**
 * Titles and choice labels read from an instrument's SurveyJS JSON, without loading the
 * SurveyJS runtime (the results pages stay light).
 */
export interface QuestionLabels {
  name: string;
  type: string;
  title: string;
  choices: Map<string, string>;
  rows: Map<string, string>;
  columns: Map<string, string>;
}

type Item = string | number | { value?: string | number; name?: string; text?: string; title?: string };

function labelMap(items: unknown): Map<string, string> {
  const map = new Map<string, string>();
  // `rows` is also the height of a comment box (a number): only lists are labels.
  if (!Array.isArray(items)) return map;
  for (const item of items as Item[]) {
    if (typeof item === 'object') {
      const key = String(item.value ?? item.name);
      map.set(key, item.text ?? item.title ?? key);
    } else map.set(String(item), String(item));
  }
  return map;
}

function collect(elements: any[], out: Map<string, QuestionLabels>): void {
  for (const e of elements ?? []) {
    if (e.type === 'panel') collect(e.elements, out);
    else if (e.name) {
      const choices =
        e.type === 'boolean'
          ? new Map([[String(e.valueTrue ?? 'true'), e.labelTrue ?? 'Oui'], [String(e.valueFalse ?? 'false'), e.labelFalse ?? 'Non']])
          : e.type === 'rating'
            ? new Map(Array.from({ length: e.rateMax - e.rateMin + 1 }, (_, i) => [String(e.rateMin + i), String(e.rateMin + i)]))
            : labelMap(e.choices);
      out.set(e.name, {
        name: e.name,
        type: e.type,
        title: e.title ?? e.name,
        choices,
        rows: labelMap(e.rows),
        columns: labelMap(e.columns),
      });
    }
  }
}

export function questionLabels(json: { pages?: { elements?: any[] }[] }): Map<string, QuestionLabels> {
  const out = new Map<string, QuestionLabels>();
  for (const page of json.pages ?? []) collect(page.elements ?? [], out);
  return out;
}
