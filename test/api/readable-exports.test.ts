import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { completeAnnualAnswers } from '../helpers/annual-answers.js';
import type { InvitationsAnswer } from '../helpers/api-types.js';
import { readJson } from '../helpers/read-json.js';
import { ADMIN, adminJson, postJson, testApp } from '../helpers/test-app.js';

const CAMPAIGN = '/api/admin/campaigns/enquete-annuelle/2027';
/** 14 h 32 in Paris (winter time: UTC+1). */
const UPDATED_AT = '2026-11-22T13:32:00.000Z';

/** A campaign with one complete response of Grenoble-Alpes-Métropole (a decimal answer: 2,5 staff), given through its invitation. */
async function campaignWithOneResponse() {
  const { app, db } = await testApp();
  await app.request('/api/admin/campaigns', adminJson({ surveyId: 'enquete-annuelle', campaign: '2027' }));
  const inv = await readJson<InvitationsAnswer>(await app.request(`${CAMPAIGN}/invitations`, adminJson({ lines: ['epci:200040715'] })));
  const { collectivite: _bound, ...answers } = completeAnnualAnswers;
  const created = await readJson<{ id: string }>(await postJson(app, '/api/surveys/enquete-annuelle/responses', { answers, status: 'complete', invitation: inv.created[0]!.code }));
  await db.updateTable('responses').set({ updated_at: UPDATED_AT }).where('id', '=', created.id).execute();
  return { app, id: created.id };
}

async function download(app: Awaited<ReturnType<typeof testApp>>['app'], format: string): Promise<Uint8Array> {
  const res = await app.request(`${CAMPAIGN}/export?format=${format}&labels=1`, { headers: ADMIN });
  expect(res.status).toBe(200);
  return new Uint8Array(await res.arrayBuffer());
}

describe('exports a person can read', () => {
  it('XLSX: names beside keys, labels beside codes, date cells in Paris time, sized columns, a codebook of titles and labels', async () => {
    const { app, id } = await campaignWithOneResponse();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await download(app, 'xlsx')) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Réponses')!;
    const codes = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const row = sheet.getRow(3);
    const cell = (code: string) => row.getCell(codes.indexOf(code) + 1).value;

    expect(cell('reponse_id')).toBe(id);
    expect(cell('collectivite')).toBe('epci:200040715');
    expect(cell('collectivite (nom)')).toBe('Grenoble-Alpes-Métropole (métropole)');
    expect(cell('statut')).toBe('complete');
    expect(cell('statut (libellé)')).toBe('complète');
    expect(cell('collectivite_type')).toBe('metropole');
    expect(cell('collectivite_type (libellé)')).toBe('Métropole');
    expect(cell('typologie_actions.branding')).toBe('realisee');
    expect(cell('typologie_actions.branding (libellé)')).toMatch(/^Réalisée/);
    expect(cell('etp_aict')).toBe(2.5);
    // A date cell showing 22/11/2026 14:32, Paris's clock: spreadsheets show a date cell's clock as written.
    const date = cell('modifiee_le');
    expect(date).toBeInstanceOf(Date);
    expect((date as Date).toISOString()).toBe('2026-11-22T14:32:00.000Z');
    expect(sheet.getColumn(codes.indexOf('modifiee_le') + 1).numFmt).toBe('dd/mm/yyyy hh:mm');
    // Columns sized to what they hold.
    const width = (code: string) => sheet.getColumn(codes.indexOf(code) + 1).width!;
    expect(width('collectivite (nom)')).toBeGreaterThanOrEqual('Grenoble-Alpes-Métropole (métropole)'.length);
    expect(width('etp_aict')).toBeLessThan(width('collectivite (nom)') / 2);

    const codebook = book.getWorksheet('Codebook')!;
    const lines = codebook.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1, 6));
    expect(lines).toContainEqual(['collectivite_type', 'Type de collectivité', 'choix unique', 'metropole', 'Métropole']);
    expect(lines).toContainEqual(['statut', 'Statut (complete ou partial)', 'information sur la réponse', 'partial', 'en cours']);
    const branding = lines.find((l) => l[0] === 'typologie_actions.branding' && l[3] === 'realisee');
    expect(branding?.[1]).toMatch(/—/);
    expect(branding?.[4]).toMatch(/^Réalisée/);
    // Every question's title is there.
    expect(lines.some((l) => l[0] === 'budget_aict_euros' && typeof l[1] === 'string' && /budget/i.test(l[1]))).toBe(true);
  });

  it('CSV in French Excel conventions: byte-order mark, semicolons, decimal comma, Paris dates, names and labels', async () => {
    const { app, id } = await campaignWithOneResponse();
    const bytes = await download(app, 'csv');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    expect(parsed.meta.delimiter).toBe(';');
    const [codes, titles, values] = parsed.data as [string[], string[], string[]];
    const value = (code: string) => values[codes.indexOf(code)];
    expect(titles[codes.indexOf('collectivite_type')]).toBe('Type de collectivité');
    expect(value('reponse_id')).toBe(id);
    expect(value('etp_aict')).toBe('2,5');
    expect(value('modifiee_le')).toBe('22/11/2026 14:32');
    expect(value('collectivite (nom)')).toBe('Grenoble-Alpes-Métropole (métropole)');
    expect(value('statut (libellé)')).toBe('complète');
    expect(value('evaluation_impact (libellé)')).toBe('Parfois');
    expect(value('zones_cibles.europe')).toBe('1');
  });
});
