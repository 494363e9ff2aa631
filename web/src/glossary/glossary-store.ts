import { useSyncExternalStore } from 'react';
import type { InferResponseType } from 'hono/client';
import { client } from '../api';
import { abbreviationMatcher, type AbbreviationMatcher } from './mark-abbreviations';

/** One abbreviation of the guide as `GET /api/guide/abreviations` gives it. */
export type GlossaryEntry = InferResponseType<typeof client.api.guide.abreviations.$get, 200>[number];

export interface Glossary {
  entries: GlossaryEntry[];
  matcher: AbbreviationMatcher | null;
}

// The glossary is the same for every page and every text: fetched once, shared by all.
let glossary: Glossary | null = null;
let loading = false;
const listeners = new Set<() => void>();

async function load() {
  if (glossary || loading) return;
  loading = true;
  try {
    const res = await client.api.guide.abreviations.$get();
    if (!res.ok) return;
    const entries = await res.json();
    glossary = { entries, matcher: abbreviationMatcher(entries) };
    for (const listener of listeners) listener();
  } finally {
    // A failed request is tried again by the next text that asks.
    loading = false;
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  void load();
  return () => {
    listeners.delete(listener);
  };
}

/** The guide's abbreviations and their matcher; null until they are in (texts then show plain). */
export function useGlossary(): Glossary | null {
  return useSyncExternalStore(subscribe, () => glossary);
}
