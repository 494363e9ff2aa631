import { describe, expect, it } from 'vitest';
import { testApp } from '../helpers/test-app.js';
import { readJson } from '../helpers/read-json.js';
import type { CollectiviteView, CollectivitesPage } from '../helpers/api-types.js';

const { app } = await testApp();
const search = async (q: string, extra = '') =>
  readJson<CollectivitesPage>(await app.request(`/api/collectivites?q=${encodeURIComponent(q)}${extra}`));

describe('GET /api/collectivites', () => {
  it('finds Grenoble-Alpes-Métropole for "grenoble", typed metropole', async () => {
    const { items } = await search('grenoble');
    const metro = items.find((i) => i.key === 'epci:200040715');
    expect(metro).toMatchObject({ nom: 'Grenoble-Alpes-Métropole', type: 'metropole', strate: '100k_500k' });
    expect(items.find((i) => i.key === 'commune:38185')).toMatchObject({ type: 'commune', strate: '100k_500k' });
  });

  it('ignores accents and case, and searches codes', async () => {
    const accents = await search('SAINT-MARTIN-D’HÈRES');
    expect(accents.items[0]).toMatchObject({ key: 'commune:38421', nom: "Saint-Martin-d'Hères" });
    const plain = await search('saint martin d heres');
    expect(plain.items[0]!.key).toBe('commune:38421');
    expect((await search('200040715')).items[0]!.key).toBe('epci:200040715');
    expect((await search('38185')).items[0]!.key).toBe('commune:38185');
  });

  it('gives a commune under 20,000 inhabitants the band moins_20k', async () => {
    const { items } = await search('Abergement-Clémenciat');
    const commune = items.find((i) => i.key === 'commune:01001')!;
    expect(commune.type).toBe('commune');
    expect(commune.population).toBeLessThan(20_000);
    expect(commune.strate).toBe('moins_20k');
  });

  it('types départements, régions and every kind of EPCI', async () => {
    expect((await search('isère')).items[0]).toMatchObject({ key: 'departement:38', type: 'departement', strate: 'plus_1m' });
    expect((await search('auvergne rhone alpes')).items[0]).toMatchObject({ key: 'region:84', type: 'region' });
    expect((await search('Métropole de Lyon')).items[0]).toMatchObject({ type: 'metropole' });
    const types = new Set((await search('communaute', '&take=50')).items.map((i) => i.type));
    expect(types).toContain('communaute_communes');
  });

  it('pages with skip/take and refuses out-of-range paging with a 422', async () => {
    const first = await search('saint', '&take=5');
    const second = await search('saint', '&take=5&skip=5');
    expect(first.items).toHaveLength(5);
    expect(first.total).toBeGreaterThan(100);
    expect(second.items[0]!.key).not.toBe(first.items[0]!.key);
    const bad = await app.request('/api/collectivites?q=a&take=5000');
    expect(bad.status).toBe(422);
  });

  it('reads one entry by key, 404 for an unknown key', async () => {
    const one = await readJson<CollectiviteView>(await app.request('/api/collectivites/region:84'));
    expect(one.nom).toBe('Auvergne-Rhône-Alpes');
    expect((await app.request('/api/collectivites/commune:00000')).status).toBe(404);
  });
});
