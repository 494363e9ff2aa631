import { z } from 'zod';
import { TYPEABLE } from '../instruments/typeable-text.js';

/*
 * What the edge accepts for the names that reach a query or a header. Besides their shape,
 * they keep out what PostgreSQL cannot store nor compare (a NUL character, half of a
 * surrogate pair), which would otherwise fail in the database as a 500.
 */

/**
 * A campaign's name, at creation and in every path: it ends up in file names and
 * response headers (an export's Content-Disposition), so only letters, digits, « - » and « _ ».
 */
export const campaignName = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, 'lettres, chiffres, «\u202f-\u202f» ou «\u202f_\u202f»');

/** An instrument's id, as the catalog writes them. */
export const surveyId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'lettres, chiffres, «\u202f-\u202f» ou «\u202f_\u202f»');

/** A label a person types: any character but NUL and lone halves of surrogate pairs. */
export const typedLabel = (max: number) => z.string().min(1).max(max).regex(TYPEABLE, 'du texte, sans caractère nul');
