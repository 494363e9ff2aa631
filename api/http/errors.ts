import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { DomainError, type ErrorDetail, type Failure } from '../domain/domain-error.js';

/** The status of each domain failure: the one place where the domain's refusals meet HTTP. */
const STATUS_OF: Record<Failure, ContentfulStatusCode> = {
  invalide: 422,
  introuvable: 404,
  conflit: 409,
  modifiee_entre_temps: 412,
  non_publie: 403,
};

/** An HTTP refusal (authentication, rate limit, body, route): status, machine code, a French sentence, details, headers. */
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

function errorBody(code: string, message: string, details: ErrorDetail[] = []) {
  return { error: { code, message, details } };
}

/** The body of every error answer; the web app reads it by type (errors are outside the routes' own types). */
export type ErrorBody = ReturnType<typeof errorBody>;

/** The single error handler: known errors get their status; anything else is a 500 without internals. */
export function handleError(err: Error, c: Context): Response {
  if (err instanceof DomainError) {
    return c.json({ ...errorBody(err.code, err.message, err.details), ...err.extra }, STATUS_OF[err.failure]);
  }
  if (err instanceof ApiError) {
    for (const [name, value] of Object.entries(err.headers)) c.header(name, value);
    return c.json(errorBody(err.code, err.message, err.details), err.status);
  }
  if (err instanceof HTTPException) {
    // Raised by Hono itself (for example a malformed body read by a validator).
    const status = err.status as ContentfulStatusCode;
    const code = status === 400 ? 'requete_invalide' : 'erreur_http';
    return c.json(errorBody(code, 'La requête n’a pas pu être traitée\u202f; vérifiez son format.'), status);
  }
  console.error(err);
  return c.json(
    errorBody('erreur_interne', 'Une erreur inattendue est survenue de notre côté\u202f; réessayez dans un instant.'),
    500,
  );
}

export function notFoundHandler(c: Context): Response {
  return c.json(errorBody('route_inconnue', `Aucune ressource à l’adresse ${c.req.path}.`), 404);
}
