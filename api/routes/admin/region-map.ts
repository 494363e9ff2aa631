import { Hono } from 'hono';
import type { AppDeps } from '../../deps.js';
import { franceRegionsMap } from '../../maps/france-regions-map.js';

/** The régions of France as SVG paths, for the map of a campaign's participation. */
export function adminRegionMapRoutes(deps: AppDeps) {
  return new Hono().get('/', (c) => {
    c.header('Cache-Control', 'private, max-age=86400');
    return c.json(franceRegionsMap(deps.registry));
  });
}
