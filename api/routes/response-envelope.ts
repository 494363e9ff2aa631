import { z } from 'zod';
import { isPlainObject } from '../instruments/answers.js';

/**
 * The body of POST /surveys/:id/responses and PUT /responses/:id. `answers` is checked as
 * a plain object here and question by question against the instrument afterwards; it is
 * not copied by zod, so a key such as "__proto__" reaches the validator as it was sent.
 */
export const responseEnvelope = z
  .object({
    answers: z.custom<Record<string, unknown>>(isPlainObject, { message: 'answers doit être un objet' }),
    status: z.enum(['partial', 'complete']),
    /** The code of the invitation this response answers: it binds the collectivity and the campaign. */
    invitation: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/).optional(),
  })
  .strict();
