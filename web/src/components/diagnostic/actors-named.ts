/** What `actorsNamedIn` reads of an actor. */
interface NamedActor {
  name: string;
  abbreviation: string | null;
  mapLabel: string | null;
}

const folded = (s: string) => s.toLocaleLowerCase('fr').replace(/’/g, "'");
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The actors a text of the guide names (by their name, abbreviation or label on the guide's
 * map, case aside), in the order of `actors`: those of the « Qui ? » of the practical sheets
 * of a collectivity's actions are the ones its report puts first.
 */
export function actorsNamedIn<A extends NamedActor>(actors: readonly A[], texts: readonly string[]): A[] {
  const haystack = folded(texts.join('\n'));
  // Whole words: « CCI » is not named by « CCIFE ».
  const named = (term: string | null) =>
    term !== null && new RegExp(`(?<![\\p{L}])${escape(folded(term))}(?![\\p{L}])`, 'u').test(haystack);
  return actors.filter((a) => named(a.name) || named(a.abbreviation) || named(a.mapLabel));
}
