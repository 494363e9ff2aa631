/**
 * Spreadsheets run a cell that starts with =, +, -, @, a tab or a carriage return as a
 * formula. A text answer starting so is written with a leading apostrophe, which
 * spreadsheets show as text and never evaluate; reading it back removes the apostrophe.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function unneutralise(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
