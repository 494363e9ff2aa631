/**
 * French typography for the texts we write, shared by the API, the instruments' tooling
 * and the web app: a narrow no-break space (U+202F) before « : », « ; », « ! », « ? » and
 * « » », after « « »; a no-break space (U+00A0) before « % » and « € », as `Intl` with
 * `fr-FR` writes « 12 % » and « 37 500 € »; the typographic apostrophe ’.
 */

/** The rules above, on a text we wrote (never on a value: see `fr`). */
export function typeset(text: string): string {
  return text
    .replace(/'/g, '’')
    .replace(/[ \u00a0]([:;!?»])/g, '\u202f$1')
    .replace(/«[ \u00a0]/g, '«\u202f')
    .replace(/ ([%€])/g, '\u00a0$1');
}

/**
 * A template tag that applies `typeset` to the literal parts of a template only: values put
 * in (names, addresses, links) are left exactly as they are — a link's « https: » or a
 * name's apostrophe must not change.
 */
export function fr(strings: TemplateStringsArray, ...values: unknown[]): string {
  return strings.reduce((out, part, i) => out + typeset(part) + (i < values.length ? String(values[i]) : ''), '');
}

const INTEGER = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });

/**
 * A count and its noun as French says it: the singular for 0 and 1 (« 1 ligne », « 0 ligne »),
 * the plural from 2 (« 3 lignes »), the number with a narrow no-break space as thousands
 * separator (« 12 500 réponses »).
 */
export function counted(n: number, singular: string, plural: string): string {
  return `${INTEGER.format(n)}\u00a0${Math.abs(n) < 2 ? singular : plural}`;
}
