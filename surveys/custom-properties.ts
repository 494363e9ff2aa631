import { Serializer } from 'survey-core';

/**
 * Properties our instruments add to SurveyJS's own, registered the SurveyJS way so that
 * the server, the web app and SurveyJS Creator all read them:
 * - `categorie` / `sousCategorie` on a choice or matrix row: where an action sits in the
 *   guide's typology (3 categories, 6 sub-categories);
 * - `categories` / `sousCategories` on a matrix: the names of those codes, as the guide
 *   writes them (item values, so they are translatable like any SurveyJS text);
 * - `sectionGuide` on a question: the guide section it comes from (e.g. "Fiche pratique B").
 */
export function registerCustomProperties(): void {
  if (!Serializer.findProperty('itemvalue', 'categorie')) {
    Serializer.addProperty('itemvalue', { name: 'categorie', category: 'general' });
    Serializer.addProperty('itemvalue', { name: 'sousCategorie', category: 'general' });
  }
  if (!Serializer.findProperty('matrix', 'categories')) {
    Serializer.addProperty('matrix', { name: 'categories:itemvalues', category: 'general' });
    Serializer.addProperty('matrix', { name: 'sousCategories:itemvalues', category: 'general' });
  }
  if (!Serializer.findProperty('question', 'sectionGuide')) {
    Serializer.addProperty('question', { name: 'sectionGuide', category: 'general' });
  }
}
