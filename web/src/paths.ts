/** « Qui fait quoi à l’export », linked from the navigation, the report and the glossary. */
export const ACTORS_PATH = '/acteurs-de-l-export';
