import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import type { Collectivite, Registry } from '../registry/registry.js';
import { displayLabel } from '../registry/registry.js';
import { ApiError } from '../http/errors.js';
import { rejectInvalid } from '../http/validation-hook.js';

const searchQuery = z.object({
  q: z.string().max(100).default(''),
  skip: z.coerce.number().int().min(0).max(100_000).default(0),
  take: z.coerce.number().int().min(1).max(50).default(20),
});

function view(c: Collectivite) {
  return {
    key: c.key,
    code: c.code,
    nom: c.nom,
    label: displayLabel(c),
    type: c.type,
    population: c.population,
    strate: c.strate,
    departement: c.departement,
    region: c.region,
  };
}

export function collectivitesRoutes(registry: Registry) {
  return new Hono()
    .get('/', zValidator('query', searchQuery, rejectInvalid), (c) => {
      const { q, skip, take } = c.req.valid('query');
      const page = registry.search(q, { skip, take });
      return c.json({ items: page.items.map(view), total: page.total });
    })
    .get('/:key', (c) => {
      const entry = registry.get(c.req.param('key'));
      if (!entry) {
        throw new ApiError(404, 'collectivite_inconnue', 'Cette collectivité ne figure pas dans le référentiel officiel.');
      }
      return c.json(view(entry));
    });
}
