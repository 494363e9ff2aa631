import { Hono } from 'hono';
import { loadGuide } from '../../surveys/guide/load-guide.js';
import { abbreviationsView } from '../guide/abbreviations-view.js';
import { actorsView } from '../guide/actors-view.js';

/** The guide's helps for agents, public: who does what at export, and the abbreviations. */
export function guideRoutes() {
  const guide = loadGuide();
  const actors = actorsView(guide);
  const abbreviations = abbreviationsView(guide);
  return new Hono().get('/acteurs', (c) => c.json(actors)).get('/abreviations', (c) => c.json(abbreviations));
}
