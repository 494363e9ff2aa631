import { Model } from 'survey-core';
import 'survey-core/i18n/french';
import { registerCustomProperties } from '../../../surveys/custom-properties';
import { connectRegistry } from './connect-registry';
import type { OpenedSurvey } from './open-survey';

/** The SurveyJS model of an opened survey: in French, paged, with its answers, its registry picker, its invited collectivity fixed. */
export function createSurveyModel({ definition, resumed, invited }: OpenedSurvey): Model {
  registerCustomProperties();
  const model = new Model(definition.json);
  model.locale = 'fr';
  model.showTitle = false;
  model.showProgressBar = true;
  model.progressBarType = 'pages';
  model.progressBarShowPageTitles = true;
  model.showCompletePage = false;
  if (resumed) model.data = resumed.answers;
  connectRegistry(model);
  if (invited) {
    // Invited: the collectivity is the invited one, and cannot be changed.
    if (!resumed) model.setValue('collectivite', invited.key);
    const question = model.getQuestionByName('collectivite');
    if (question) question.readOnly = true;
  }
  return model;
}
