import { sourcesOf, type GuideSource, type Sourced } from '../../surveys/guide/guide-lookups.js';

/**
 * How the API cites a piece of guide content (`api.md`, « Advice and its sources »): `source`,
 * the element's first passage, which states what the advice says; `sources`, every passage
 * backing it, its own first, then those of related sections.
 */
export function cite(element: Sourced): { source: GuideSource; sources: GuideSource[] } {
  const sources = sourcesOf(element);
  // The guide's schema requires at least one passage per element.
  return { source: sources[0]!, sources };
}
