import { Hono } from 'hono';
import { describe, expect, it, vi } from 'vitest';
import { DomainError, type Failure } from '../../api/domain/domain-error.js';
import { handleError } from '../../api/http/errors.js';

/** An app whose only route throws `error`, answered by the service's single error handler. */
async function answerTo(error: Error): Promise<Response> {
  const app = new Hono().get('/', () => {
    throw error;
  });
  app.onError(handleError);
  return app.request('/');
}

describe('handleError with a DomainError', () => {
  const expected: [Failure, number][] = [
    ['invalide', 422],
    ['introuvable', 404],
    ['conflit', 409],
    ['modifiee_entre_temps', 412],
    ['non_publie', 403],
  ];

  it.each(expected)('answers « %s » with HTTP %i and the error body', async (failure, status) => {
    const detail = { question: 'q1', code: 'requis', message: 'Réponse requise.' };
    const res = await answerTo(new DomainError(failure, 'code_machine', 'Une phrase en français.', [detail]));
    expect(res.status).toBe(status);
    expect(await res.json()).toEqual({ error: { code: 'code_machine', message: 'Une phrase en français.', details: [detail] } });
  });

  it('writes the extra fields beside the error, as the import refusal does with its report', async () => {
    const report = { total: 2, imported: 0 };
    const res = await answerTo(new DomainError('invalide', 'import_refuse', 'Rien n’a été enregistré.', [], { report }));
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({ error: { code: 'import_refuse', message: 'Rien n’a été enregistré.', details: [] }, report });
  });

  it('keeps an unexpected error a 500 that tells nothing of its internals', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const res = await answerTo(new Error('secret interne'));
      expect(res.status).toBe(500);
      expect(JSON.stringify(await res.json())).not.toContain('secret interne');
    } finally {
      logged.mockRestore();
    }
  });
});
