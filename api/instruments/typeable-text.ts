/**
 * Text a person can type: no NUL character and no half of a surrogate pair (read with the
 * `u` flag, where a lone surrogate is a character of its own). Neither is text, PostgreSQL
 * stores neither, and SQLite would keep what the other engine refuses. One pattern for the
 * answers' JSON Schema (ajv reads patterns with the `u` flag) and for the labels checked at
 * the edge.
 */
export const TYPEABLE_PATTERN = '^[^\\u0000\\ud800-\\udfff]*$';
export const TYPEABLE = new RegExp(TYPEABLE_PATTERN, 'u');
