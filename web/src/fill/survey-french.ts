import { getLocaleStrings, setupLocale } from 'survey-core';
import 'survey-core/i18n/french';

/**
 * SurveyJS's own French strings (buttons, placeholders, error messages) with French
 * typography: survey-core's `fr` locale writes « ? » and « ! » after a plain space, « ... »
 * for « … », straight apostrophes and quotation marks. Only the strings that need it are
 * replaced; the rest of survey-core's French stays as it is. Imported wherever a form or a
 * receipt is built in French, instead of `survey-core/i18n/french` itself.
 */
export const FRENCH_OVERRIDES: Readonly<Record<string, string>> = {
  commentText: 'Laissez un commentaire',
  dontKnowItemText: 'Ne sait pas',
  emptySurvey: 'Ce questionnaire n’a aucune page ni aucune question visible.',
  completingSurvey: 'Merci d’avoir répondu au questionnaire\u202f!',
  loadingSurvey: 'Chargement du questionnaire…',
  placeholder: 'Choisissez…',
  ratingOptionsCaption: 'Choisissez une note…',
  buttongroupOptionsCaption: 'Choisissez…',
  requiredInAllRowsError: 'Répondez à toutes les lignes.',
  numericMinMax: 'La valeur de «\u202f{0}\u202f» doit être supérieure ou égale à {1} et inférieure ou égale à {2}.',
  numericMin: 'La valeur de «\u202f{0}\u202f» doit être supérieure ou égale à {1}.',
  numericMax: 'La valeur de «\u202f{0}\u202f» doit être inférieure ou égale à {1}.',
  invalidEmail: 'Saisissez une adresse électronique valide.',
  invalidExpression: 'L’expression {0} doit être vraie.',
  urlRequestError: 'La requête a renvoyé l’erreur «\u202f{0}\u202f». {1}',
  urlGetChoicesError: 'La requête n’a renvoyé aucune donnée, ou sa propriété «\u202fpath\u202f» est incorrecte.',
  noUploadFilesHandler: 'Les fichiers ne peuvent pas être envoyés\u202f: aucun gestionnaire de l’événement «\u202fonUploadFiles\u202f».',
  otherRequiredError: 'Précisez votre réponse «\u202fAutre\u202f».',
  uploadingFile: 'Votre fichier est en cours d’envoi. Attendez quelques secondes et réessayez.',
  loadingFile: 'Chargement…',
  chooseFile: 'Ajouter des fichiers…',
  confirmDelete: 'Voulez-vous supprimer cet enregistrement\u202f?',
  noRowsText: 'Il n’y a aucune ligne.',
  savingData: 'Enregistrement des résultats sur le serveur…',
  savingDataSuccess: 'Les résultats ont bien été enregistrés.',
  photoPlaceholder: 'Cliquez sur le bouton ci-dessous pour prendre une photo avec l’appareil photo.',
  confirmRemoveFile: 'Voulez-vous vraiment supprimer ce fichier\u202f: {0}\u202f?',
  confirmRemoveAllFiles: 'Voulez-vous vraiment supprimer tous les fichiers\u202f?',
  filterStringPlaceholder: 'Tapez pour rechercher…',
  loadingPage: 'Chargement…',
  loadingData: 'Chargement…',
  noEntriesText: 'Il n’y a encore aucune entrée.\nCliquez sur le bouton ci-dessous pour en ajouter une.',
  tagboxDoneButtonCaption: 'OK',
  ok: 'OK',
  createCustomItem: 'Créer l’élément «\u202f{0}\u202f»…',
};

setupLocale({
  localeCode: 'fr',
  strings: { ...getLocaleStrings('fr'), ...FRENCH_OVERRIDES },
  nativeName: 'français',
  englishName: 'French',
});
