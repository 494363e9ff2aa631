/** A JSON object read as a record; empty for any other JSON value (printed and recomputed values vary by statistic). */
export function recordOf(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...value } : {};
}

export const numberOrNull = (value: unknown) => (typeof value === 'number' ? value : null);
