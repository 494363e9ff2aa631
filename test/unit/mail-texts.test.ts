import { describe, expect, it } from 'vitest';
import { closingInWords, dateInWords } from '../../api/mail/date-in-words.js';
import { fr, typeset } from '../../surveys/french-typography.js';
import { failureOf } from '../../api/outbox/failure-of.js';
import { retryDelay } from '../../api/outbox/retry-delay.js';
import { parseInvitationLine } from '../../api/invitations/parse-invitation-line.js';

describe('French typography of the messages', () => {
  it('puts a narrow no-break space before « : ; ! ? » and inside « », and the typographic apostrophe', () => {
    expect(typeset("Bonjour : l'enquête « annuelle » ; prêts ? oui !")).toBe('Bonjour\u202f: l’enquête «\u202fannuelle\u202f»\u202f; prêts\u202f? oui\u202f!');
  });

  it('leaves the values put into a text as they are (links, names)', () => {
    const link = 'https://exemple.fr:8443/invitation/abc';
    expect(fr`Lien : ${link}, pour ${"Saint-Martin-d'Hères"} ?`).toBe(`Lien\u202f: ${link}, pour Saint-Martin-d'Hères\u202f?`);
  });
});

describe('dates in words (Paris)', () => {
  it('says the day in French, with « 1er » for the first of the month', () => {
    expect(dateInWords('2027-03-15T10:00:00Z')).toBe('le 15 mars 2027');
    expect(dateInWords('2027-03-01T10:00:00Z')).toBe('le 1er mars 2027');
    // 23:30 UTC on 31 December is already 1 January in Paris.
    expect(dateInWords('2026-12-31T23:30:00Z')).toBe('le 1er janvier 2027');
  });

  it('gives a closing hour only when it is not midnight in Paris', () => {
    expect(closingInWords('2027-03-14T23:00:00Z')).toBe('le 15 mars 2027');
    expect(closingInWords('2027-06-30T16:30:00Z')).toBe('le 30 juin 2027 à 18\u00a0h\u00a030');
    expect(closingInWords(null)).toBeNull();
  });
});

describe('outbox retries', () => {
  it('waits base × 2^(n−1) after the n-th failure, at most an hour', () => {
    expect([1, 2, 3, 4].map((n) => retryDelay(60_000, n))).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(retryDelay(60_000, 12)).toBe(3_600_000);
  });

  it('gives up on a 5xx answer only; a 4xx or a lost connection is tried again', () => {
    expect(failureOf(Object.assign(new Error('x'), { responseCode: 550, response: '550 5.1.1 Adresse inconnue' }))).toEqual({ reason: '550 5.1.1 Adresse inconnue', permanent: true });
    expect(failureOf(Object.assign(new Error('x'), { responseCode: 451, response: '451 Réessayez' })).permanent).toBe(false);
    expect(failureOf(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:25'), { code: 'ECONNECTION' }))).toEqual({ reason: 'connect ECONNREFUSED 127.0.0.1:25', permanent: false });
  });
});

describe('invitation lines', () => {
  it('reads a collectivity and its addresses, separated by commas, semicolons or spaces, once each', () => {
    expect(parseInvitationLine('Grenoble ; a@x.fr, b@x.fr;c@x.fr A@X.FR')).toEqual({ ok: true, who: 'Grenoble', emails: ['a@x.fr', 'b@x.fr', 'c@x.fr'] });
    expect(parseInvitationLine('commune:38185')).toEqual({ ok: true, who: 'commune:38185', emails: [] });
    expect(parseInvitationLine('Grenoble;a@x')).toMatchObject({ ok: false, reason: expect.stringMatching(/Adresse électronique invalide/) });
  });
});
