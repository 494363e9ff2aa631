import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeAnnualAnswers } from '../helpers/annual-answers.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';
import { FRENCH } from '../helpers/test-app.js';

/** A POST whose body goes in chunks, with no Content-Length: only counting the bytes as they come can stop it. */
function postInChunks(url: string, chunks: string[]): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (d: string) => (body += d));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    // The server may answer 413 and close before every chunk is sent.
    request.on('error', (e: NodeJS.ErrnoException) => (e.code === 'EPIPE' || e.code === 'ECONNRESET' ? undefined : reject(e)));
    for (const chunk of chunks) request.write(chunk);
    request.end();
  });
}

describe('request bodies read from Node’s own request by the real server', () => {
  let server: ServerProcess;
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aict-body-'));
    server = await startServerProcess({ DATABASE_URL: path.join(dir, 'aict.db') });
  }, 60_000);
  afterAll(async () => {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const route = () => `${server.url}/api/surveys/enquete-annuelle/responses`;

  it('stores a response sent in one piece or in chunks, its answers as sent', async () => {
    const body = JSON.stringify({ status: 'complete', answers: completeAnnualAnswers });
    const whole = await fetch(route(), { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(whole.status).toBe(201);
    const chunked = await postInChunks(route(), [body.slice(0, 100), body.slice(100, 1000), body.slice(1000)]);
    expect(chunked.status).toBe(201);
    const created = JSON.parse(chunked.body) as { id: string; token: string };
    const read = await fetch(`${server.url}/api/responses/${created.id}`, { headers: { authorization: `Bearer ${created.token}` } });
    expect(((await read.json()) as { answers: Record<string, unknown> }).answers).toMatchObject(completeAnnualAnswers);
  });

  it('refuses more than 100 KB with 413 in French, announced or counted as it comes', async () => {
    const big = JSON.stringify({ status: 'partial', answers: { commentaire: 'x'.repeat(200_000) } });
    const announced = await fetch(route(), { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
    expect(announced.status).toBe(413);
    const counted = await postInChunks(route(), Array.from({ length: 20 }, (_, i) => big.slice(i * 10_000, (i + 1) * 10_000)));
    expect(counted.status).toBe(413);
    expect((JSON.parse(counted.body) as { error: { code: string; message: string } }).error).toMatchObject({ code: 'corps_trop_volumineux', message: expect.stringMatching(FRENCH) });
  });

  it('says what is wrong with malformed JSON and a wrong content type', async () => {
    const malformed = await fetch(route(), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"answers": {' });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { error: { code: string } }).error.code).toBe('json_invalide');
    const wrongType = await fetch(route(), { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' });
    expect(wrongType.status).toBe(415);
  });
});
