import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export interface ErrorDetail {
  question?: string;
  code: string;
  message: string;
  [key: string]: unknown;
}

/** An error a client can act on: HTTP status, machine code, a French sentence, and details. */
export class ApiError extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(status, { message });
  }
}

export function errorBody(code: string, message: string, details: ErrorDetail[] = []) {
  return { error: { code, message, details } };
}

/** The single error handler: known errors keep their status; anything else is a 500 without internals. */
export function handleError(err: Error, c: Context): Response {
  if (err instanceof ApiError) {
    for (const [name, value] of Object.entries(err.headers)) c.header(name, value);
    return c.json(errorBody(err.code, err.message, err.details), err.status);
  }
  if (err instanceof HTTPException) {
    // Raised by Hono itself (for example a malformed body read by a validator).
    const status = err.status as ContentfulStatusCode;
    const code = status === 400 ? 'requete_invalide' : 'erreur_http';
    return c.json(errorBody(code, 'La requête n’a pas pu être traitée ; vérifiez son format.'), status);
  }
  console.error(err);
  return c.json(
    errorBody('erreur_interne', 'Une erreur inattendue est survenue de notre côté ; réessayez dans un instant.'),
    500,
  );
}

export function notFoundHandler(c: Context): Response {
  return c.json(errorBody('route_inconnue', `Aucune ressource à l’adresse ${c.req.path}.`), 404);
}
