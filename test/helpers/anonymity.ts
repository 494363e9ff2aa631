import { expect } from 'vitest';
import type { Clock } from '../../api/deps.js';
import type { ErrorBody } from '../../api/http/errors.js';
import type { NumberResult } from '../../api/instruments/kinds/number.js';
import type { CollectiviteType } from '../../api/registry/registry.js';
import type { Strate } from '../../api/registry/strate.js';
import type { QuestionResult } from '../../api/results/build-results-document.js';
import type { CreatedResponse, InvitationsAnswer, PeersAnswer, PublishedComparison, ResultsAnswer } from './api-types.js';
import { readJson } from './read-json.js';
import { ADMIN, adminJson, getWithToken, postJson, putJson, testApp, testRegistry } from './test-app.js';

/*
 * What the anonymity tests drive: the administrator's campaign operations (campaigns,
 * invitations, closing, publishing, validation), the verified respondents who answer
 * through their invitation, and the attacker, who has only the public routes and its own
 * responses.
 */

export type App = Awaited<ReturnType<typeof testApp>>['app'];
/** What a respondent keeps of its response: the id and the token that opens it. */
export type Holder = Pick<CreatedResponse, 'id' | 'token'>;

export const ANNUAL = 'enquete-annuelle';
/** The magnitude the attacks target: a collectivity's budget for its international economic action. */
export const BUDGET = 'budget_aict_euros';
export const DAY = 24 * 60 * 60 * 1000;

/** A clock the test moves: snapshots and closings need time to pass. */
export function movingClock(start: string): Clock & { advance(ms: number): void } {
  let now = new Date(start);
  return {
    now: () => now,
    advance(ms: number) {
      now = new Date(now.getTime() + ms);
    },
  };
}

/** Registry keys of real collectivities of one type and population band, in registry order. */
export function collectivities(type: CollectiviteType, strate: Strate, count: number): string[] {
  const keys = testRegistry()
    .all()
    .filter((c) => c.type === type && c.strate === strate)
    .map((c) => c.key);
  if (keys.length < count) throw new Error(`only ${keys.length} ${type} in ${strate}`);
  return keys.slice(0, count);
}

/** Twenty rows of the annual survey's typology: the answers the attacks try to read. */
export const TYPOLOGY_ROWS = [
  'avantages_comparatifs',
  'marches_emergents',
  'formations_export',
  'financements_prospection',
  'deplacements_entreprises',
  'appui_rh_specialisees',
  'marches_aide_developpement',
  'conseil_strategie',
  'incubateurs_etranger',
  'diagnostic_veille',
  'forums_rencontres',
  'accompagnement_clusters',
  'marketing_territorial',
  'branding',
  'evenements_locaux',
  'reseaux_territoires',
  'accueil_delegations',
  'foires_salons_locaux',
  'salons_etranger',
  'visibilite_cooperation',
] as const;
export const TYPOLOGY_CODES = ['realisee', 'prevue', 'non'] as const;
export type TypologyCode = (typeof TYPOLOGY_CODES)[number];
export type Typology = Record<string, TypologyCode>;

/** A typology answer on the twenty rows, row i answered `code(i)`. */
export function typology(code: (i: number) => TypologyCode): Typology {
  return Object.fromEntries(TYPOLOGY_ROWS.map((row, i) => [row, code(i)]));
}

/** A victim's distinctive typology: carried out or planned on every row, never "non", in an irregular pattern. */
export const VICTIM_TYPOLOGY = typology((i) => ([0, 2, 3, 7, 11, 12, 13, 17, 19].includes(i) ? 'prevue' : 'realisee'));

/** A background respondent's typology: five consecutive respondents give every code on every row. */
export const backgroundTypology = (j: number) => typology((i) => TYPOLOGY_CODES[(i + j) % 3]!);

/** The other non-"non" code of a row: what a peer answers to stand apart from the victim. */
export const otherThan = (code: TypologyCode): TypologyCode => (code === 'realisee' ? 'prevue' : 'realisee');

const RATINGS = { promotion_internationale: 3, internationalisation_entreprises: 2, cooperation_economique: 4 };

/** A complete answer set of the annual survey with the given extras (the profile comes from the registry when invited). */
export function annualAnswers(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { actions_realisees: RATINGS, actions_a_renforcer: RATINGS, ...extra };
}

/** The body of an answer expected to have `status`, read as the type its route declares. */
async function ok<T>(res: Response, status = 200): Promise<T> {
  const body = await readJson<T>(res);
  expect(res.status, JSON.stringify(body).slice(0, 400)).toBe(status);
  return body;
}

export async function openCampaign(app: App, surveyId: string, campaign: string): Promise<void> {
  await ok<unknown>(await app.request('/api/admin/campaigns', adminJson({ surveyId, campaign })), 201);
}

/** Invites the collectivities and returns each one's invitation code. */
export async function invite(app: App, surveyId: string, campaign: string, keys: readonly string[]): Promise<Map<string, string>> {
  const body = await ok<InvitationsAnswer>(await app.request(`/api/admin/campaigns/${surveyId}/${campaign}/invitations`, adminJson({ lines: keys })), 201);
  expect(body.rejected).toEqual([]);
  return new Map(body.created.map((x) => [x.collectivite, x.code]));
}

/** A verified respondent: the invited collectivity answers through its invitation. */
export async function answerInvited(app: App, surveyId: string, code: string, answers: Record<string, unknown>, status = 'complete'): Promise<Holder> {
  return ok<CreatedResponse>(await postJson(app, `/api/surveys/${surveyId}/responses`, { answers, status, invitation: code }), 201);
}

/** Invites the collectivities and answers for each through its invitation; `answers(j)` for the j-th. */
export async function invitedGroup(
  app: App,
  surveyId: string,
  campaign: string,
  keys: readonly string[],
  answers: (j: number) => Record<string, unknown>,
): Promise<Holder[]> {
  const codes = await invite(app, surveyId, campaign, keys);
  const holders: Holder[] = [];
  for (const [j, key] of keys.entries()) holders.push(await answerInvited(app, surveyId, codes.get(key)!, answers(j)));
  return holders;
}

/** Invites one collectivity and answers for it. */
export async function verifiedRespondent(app: App, surveyId: string, campaign: string, key: string, answers: Record<string, unknown>): Promise<Holder> {
  const codes = await invite(app, surveyId, campaign, [key]);
  return answerInvited(app, surveyId, codes.get(key)!, answers);
}

/** Anybody's response, without an invitation: what the attacker can create at will. */
export async function answerAnonymously(app: App, surveyId: string, answers: Record<string, unknown>, status = 'complete'): Promise<Holder> {
  return ok<CreatedResponse>(await postJson(app, `/api/surveys/${surveyId}/responses`, { answers, status }), 201);
}

export async function editResponse(app: App, holder: Holder, answers: Record<string, unknown>, status = 'complete'): Promise<void> {
  await ok<unknown>(await putJson(app, `/api/responses/${holder.id}`, { answers, status }, holder.token));
}

/** The administrator's change to a campaign (close, publish, withdraw…), which the service may refuse. */
export async function changeCampaign(app: App, surveyId: string, campaign: string, change: Record<string, unknown>): Promise<Response> {
  return app.request(`/api/admin/campaigns/${surveyId}/${campaign}`, adminJson(change, ADMIN, 'PATCH'));
}

export async function patchCampaign(app: App, surveyId: string, campaign: string, change: Record<string, unknown>): Promise<void> {
  await ok<unknown>(await changeCampaign(app, surveyId, campaign, change));
}

export async function closeAndPublish(app: App, surveyId: string, campaign: string): Promise<void> {
  await patchCampaign(app, surveyId, campaign, { close: true });
  await patchCampaign(app, surveyId, campaign, { publish: true });
}

/** The administrator's validation of a response given without an invitation. */
export async function validateResponse(app: App, id: string): Promise<Response> {
  return app.request(`/api/admin/responses/${id}`, adminJson({ verified: true }, ADMIN, 'PATCH'));
}

/**
 * A read that the service may refuse: the status and, on success, the body as its route
 * declares it; on refusal, the error the single error handler gave (when there is one).
 */
export interface Read<T> {
  status: number;
  body: T | null;
  error: ErrorBody['error'] | null;
}

async function read<T>(res: Response): Promise<Read<T>> {
  const json = res.headers.get('content-type')?.includes('json') ? await readJson<unknown>(res) : null;
  if (res.ok) return { status: res.status, body: json as T, error: null };
  return { status: res.status, body: null, error: (json as ErrorBody | null)?.error ?? null };
}

/** The peer comparison as its holder reads it. */
export async function readPeers(app: App, holder: Holder): Promise<Read<PeersAnswer>> {
  return read(await getWithToken(app, `/api/responses/${holder.id}/peers`, holder.token));
}

/** A results document as the public (or, with ADMIN headers, the administrator) reads it. */
export async function readResults(app: App, surveyId: string, campaign: string, groupBy?: string, headers: Record<string, string> = {}): Promise<Read<ResultsAnswer>> {
  const query = new URLSearchParams({ campaign, ...(groupBy ? { groupBy } : {}) });
  return read(await app.request(`/api/surveys/${surveyId}/results?${query}`, { headers }));
}

/** The figure comparisons of /published as the public (or the administrator) reads them. */
export async function readPublished(app: App, surveyId: string, headers: Record<string, string> = {}): Promise<Read<PublishedComparison[]>> {
  return read(await app.request(`/api/surveys/${surveyId}/published`, { headers }));
}

/** A peer comparison that the service really gave: statistics shown. */
export function shownComparison(r: Read<PeersAnswer>): PeersAnswer | null {
  return r.status === 200 && r.body?.suppressed === false ? r.body : null;
}

/** A group of a results document, as the document gives it (withheld or not). */
export type ResultsGroup = NonNullable<ResultsAnswer['groups']>[string];
/** A group whose statistics are published. */
export type PublishedGroup = ResultsGroup & { questions: NonNullable<ResultsGroup['questions']> };

/** A group of a results document whose statistics are published. */
export function publishedGroup(r: Read<ResultsAnswer>, key: string): PublishedGroup | null {
  const g = r.status === 200 ? r.body?.groups?.[key] : undefined;
  return g && g.suppressed === false && g.questions ? { ...g, questions: g.questions } : null;
}

/** A question of a results document read as a magnitude (a budget, a staff count); null when absent or of another kind. */
export function numberQuestion(q: QuestionResult | undefined): NumberResult | null {
  return q?.kind === 'number' ? q : null;
}

export type MatrixResult = Extract<QuestionResult, { kind: 'matrix' }>;

/** A question of a results document read as a grid of codes (the typology); null when absent or of another kind. */
export function matrixQuestion(q: QuestionResult | undefined): MatrixResult | null {
  return q?.kind === 'matrix' ? q : null;
}

/**
 * A field looked for by name, whether or not the answer's type declares it: what an attacker
 * reads when it tries every statistic (a minimum, a percentile rank…). Undefined when absent.
 */
export function fieldOf(o: object | null | undefined, name: string): unknown {
  return o ? (o as Record<string, unknown>)[name] : undefined;
}

/** A finite number, or null: any field the service withholds or drops reads as null. */
export const num = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);

/** A number question's published sum, mean × base; null when the mean is withheld. */
export function publishedSum(question: QuestionResult | undefined): number | null {
  const mean = num(numberQuestion(question)?.stats?.mean);
  const base = num(numberQuestion(question)?.base);
  return mean === null || base === null ? null : mean * base;
}

/** A typology row's published counts; null when not published. */
export function rowCounts(questions: Record<string, QuestionResult> | undefined, row: string): Record<string, number> | null {
  const counts = matrixQuestion(questions?.typologie_actions)?.rows[row]?.counts;
  return counts ? Object.fromEntries(TYPOLOGY_CODES.map((c) => [c, num(counts[c]) ?? 0])) : null;
}

/** The one code left with a positive count once `known` is taken away; null if none or several. */
export function soleRemainingCode(counts: Record<string, number> | null, known: readonly Record<string, number>[]): string | null {
  if (!counts) return null;
  const left = TYPOLOGY_CODES.filter((c) => counts[c]! - known.reduce((s, k) => s + (k[c] ?? 0), 0) > 0);
  return left.length === 1 ? left[0]! : null;
}

/** Peer counts per code of one row, recovered from integer percents and the group size; null when not shown. */
export function countsOf(comparison: PeersAnswer | null, key: string): Record<string, number> | null {
  const n = num(comparison?.peerGroup?.n);
  const shares = comparison?.choices?.[key]?.peerPercents;
  if (n === null || !shares) return null;
  return Object.fromEntries(TYPOLOGY_CODES.map((c) => [c, Math.round(((shares[c] ?? 0) * n) / 100)]));
}

/** The one code that gained exactly one peer between two reads, all others unchanged; otherwise null. */
export function newcomerCode(before: Record<string, number> | null, after: Record<string, number> | null): TypologyCode | null {
  if (!before || !after) return null;
  const deltas = TYPOLOGY_CODES.map((c) => [c, after[c]! - before[c]!] as const);
  const gained = deltas.filter(([, d]) => d === 1);
  return gained.length === 1 && deltas.every(([, d]) => d === 0 || d === 1) ? gained[0]![0] : null;
}

/**
 * What the attacker got exactly right, one line per targeted answer: the tests expect this
 * list to be empty. `estimate` and `truth` map each targeted answer (budget, each typology
 * row…) to a value; an estimate of null is the attacker having nothing.
 */
export function exactlyRecovered(estimate: Record<string, unknown>, truth: Record<string, unknown>): string[] {
  return Object.entries(truth)
    .filter(([key, value]) => estimate[key] !== null && estimate[key] !== undefined && estimate[key] === value)
    .map(([key, value]) => `${key} = ${String(value)}`);
}

/** The guide's convention: integer percents, round half up. */
export const percentOf = (count: number, base: number) => Math.floor((200 * count + base) / (2 * base));
