import { fr } from '../../surveys/french-typography.js';
import type { JsonSchema } from './kinds/schema.js';
import { kindOf, type InstrumentSpec } from './question-spec.js';

/** A question required whatever the other answers: the schema can say it (the others depend on conditions). */
export const alwaysRequired = (q: { required: boolean; visibleIf: string | null; requiredIf: string | null }) => q.required && !q.visibleIf && !q.requiredIf;

/**
 * The answers of an instrument as JSON Schema (draft 2020-12), written by the question
 * kinds: `answers`, what each answer given may be (no other code); `complete`, what a
 * complete response's answers must also hold (the questions always required, every row
 * of the matrices that ask for it). The service validates the answers given (empty ones
 * set aside: they count as not answered) against both with ajv; conditional questions and
 * the official registry are checked beside them (validate-answers.ts).
 */
export function answersSchemas(instrument: InstrumentSpec): { answers: JsonSchema; complete: JsonSchema } {
  const properties: Record<string, JsonSchema> = {};
  const completeProperties: Record<string, JsonSchema> = {};
  for (const spec of instrument.questions.values()) {
    const kind = kindOf(instrument, spec);
    const conditions = [spec.visibleIf && `posée si ${spec.visibleIf}`, spec.requiredIf && `obligatoire si ${spec.requiredIf}`].filter(Boolean);
    properties[spec.name] = { title: spec.title, ...kind.schema(spec), ...(conditions.length > 0 ? { $comment: conditions.join('\u202f; ') } : {}) };
    const complete = kind.completeSchema?.(spec);
    if (complete) completeProperties[spec.name] = complete;
  }
  return {
    answers: { type: 'object', properties, additionalProperties: false },
    complete: { type: 'object', required: [...instrument.questions.values()].filter(alwaysRequired).map((q) => q.name), properties: completeProperties },
  };
}

/**
 * The document GET /api/surveys/:id/schema serves to integrators: the body of a POST to
 * /api/surveys/:id/responses (and of a PUT to /api/responses/:id), the instrument's
 * answers in its $defs.
 */
export function instrumentSchemaDocument(instrument: InstrumentSpec, title: string): JsonSchema {
  const { answers, complete } = answersSchemas(instrument);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `urn:observatoire-aict:questionnaire:${instrument.id}`,
    title: fr`Réponse au questionnaire « ${title} »`,
    description: fr`Corps de POST /api/surveys/${instrument.id}/responses et de PUT /api/responses/:id. Une réponse vide ("", [] ou {}) compte comme non répondue et n'est pas vérifiée. Le service vérifie en plus ce qu'un schéma ne peut dire : les questions conditionnelles (voir leur $comment : une réponse à une question non posée est refusée, une question obligatoire sous condition est exigée à « complete ») et la collectivité, qui doit exister au référentiel officiel (GET /api/collectivites) et dont le type et la strate de population, déduits du référentiel, ne peuvent être contredits.`,
    type: 'object',
    properties: {
      status: { enum: ['partial', 'complete'], description: fr`complete : les réponses obligatoires sont exigées.` },
      answers: { $ref: '#/$defs/answers' },
      invitation: { type: 'string', pattern: '^[A-Za-z0-9_-]{16,64}$', description: fr`Le code d'une invitation : il lie la collectivité et la campagne.` },
    },
    required: ['answers', 'status'],
    additionalProperties: false,
    if: { properties: { status: { const: 'complete' } }, required: ['status'] },
    then: { properties: { answers: { $ref: '#/$defs/complete' } } },
    $defs: { answers, complete },
  };
}
