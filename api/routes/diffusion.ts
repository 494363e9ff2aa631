import { Hono } from 'hono';

/** The publication rules the pages state: the smallest group whose aggregates are published (SUPPRESSION_K). */
export function diffusionRoutes(suppressionK: number) {
  return new Hono().get('/', (c) => c.json({ suppressionK }));
}
