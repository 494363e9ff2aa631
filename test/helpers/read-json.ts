import type { ErrorBody } from '../../api/http/errors.js';

/**
 * The JSON of an answer read as the type its route declares: a plain Response's JSON is
 * untyped, and the tests name what they expect (often a type of web/src/api.ts).
 */
export async function readJson<T>(res: Response): Promise<T> {
  return (await res.json()) as T;
}

/** The error of an error answer: every one has the shape of the API's single error handler. */
export async function errorOf(res: Response): Promise<ErrorBody['error']> {
  return (await readJson<ErrorBody>(res)).error;
}
