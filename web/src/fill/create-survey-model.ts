import { Model, PanelModelBase, Question, type QuestionTextModel } from 'survey-core';
import './survey-french';
import { registerCustomProperties } from '../../../surveys/custom-properties';
import { rememberedResponses } from '../remembered';
import { connectRegistry } from './connect-registry';
import type { OpenedSurvey } from './open-survey';
import { siteTheme } from './survey-theme';
import { showTypology } from './typology-matrix';

/**
 * The SurveyJS model of an opened survey: in French, in the site's theme, paged (our own
 * heading says which step and takes the focus: SurveyJS shows neither progress bar nor
 * page title), with its answers, its registry picker, its invited collectivity fixed.
 * `readOnly`: the campaign is closed, the answers are shown on one page, unchangeable.
 */
export function createSurveyModel({ definition, resumed, invited }: OpenedSurvey, { readOnly }: { readOnly: boolean }): Model {
  registerCustomProperties();
  const model = new Model(definition.json);
  model.locale = 'fr';
  model.applyTheme(siteTheme);
  model.showTitle = false;
  model.showProgressBar = false;
  model.showPageTitles = readOnly;
  model.showCompletePage = false;
  // Real headings under the page's own (h1 the questionnaire, h2 the step): screen readers list and jump through them.
  model.onGetTitleTagName.add((_, options) => {
    if (options.element instanceof Question) options.tagName = 'h3';
    else if (options.element instanceof PanelModelBase) options.tagName = 'h2';
  });
  // Phones offer a keypad with the decimal comma for the numbers (the numeric mask reads what is typed).
  model.onAfterRenderQuestionInput.add((_, options) => {
    if ((options.question as QuestionTextModel).maskType === 'numeric') options.htmlElement.setAttribute('inputmode', 'decimal');
  });
  showTypology(model);
  if (resumed) model.data = resumed.answers;
  connectRegistry(model);
  if (invited) {
    // Invited: the collectivity is the invited one, and cannot be changed.
    if (!resumed) model.setValue('collectivite', invited.key);
    const question = model.getQuestionByName('collectivite');
    if (question) question.readOnly = true;
  }
  if (readOnly) {
    model.readOnly = true;
    model.questionsOnPageMode = 'singlePage';
    model.showNavigationButtons = false;
  } else if (resumed) {
    model.currentPage = pageToResume(model, resumed.held.id);
  }
  return model;
}

/**
 * Where a reopened response resumes: the page this browser last saw it on, else the first
 * page with a required answer still missing or an answer to correct (checked without
 * showing errors), else the first.
 */
function pageToResume(model: Model, responseId: string) {
  const seen = rememberedResponses().find((r) => r.id === responseId)?.page;
  const pages = model.visiblePages;
  return pages.find((p) => p.name === seen) ?? pages.find((p) => !p.validate(false)) ?? pages[0];
}
