/** Answers as SurveyJS writes them: question code → value. */
export type Answers = Record<string, unknown>;

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** SurveyJS never stores an empty answer; we treat the same shapes as "not answered". */
export function isEmptyAnswer(v: unknown): boolean {
  return v === undefined || v === '' || (Array.isArray(v) && v.length === 0) || (isPlainObject(v) && Object.keys(v).length === 0);
}
