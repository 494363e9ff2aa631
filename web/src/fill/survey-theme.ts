import type { ITheme } from 'survey-core';

/**
 * The site's look for SurveyJS, through its own theme API: the design tokens (`--sjs2-*`)
 * point at the site's custom properties (styles.css `:root`), so form and pages share one
 * typeface (no web font is fetched) and one navy, from one definition.
 *
 * Contrast (WCAG 2.1 AA, non-text ≥ 3:1): controls are outlined in the site's muted ink
 * (#4a4a55: 8.9:1 on white, 8.1:1 on the radios' #f5f5f5 fill), the focus ring is the navy
 * (#003d7a: 11.4:1 on white) where SurveyJS draws a translucent light blue.
 */
export const siteTheme: ITheme = {
  themeName: 'observatoire',
  colorPalette: 'light',
  isPanelless: false,
  cssVariables: {
    '--sjs2-typography-font-family-text': 'var(--font-text)',
    '--sjs2-color-project-brand-600': 'var(--brand)',
    '--sjs2-color-project-brand-700': 'var(--brand-strong)',
    '--sjs2-color-fg-basic-primary': 'var(--ink)',
    '--sjs2-color-fg-basic-secondary': 'var(--muted)',
    '--sjs2-color-utility-surface-survey': 'var(--wash)',
    '--sjs2-color-utility-a11y': 'var(--brand)',
    '--sjs2-color-component-checkbox-false-default-border': 'var(--muted)',
    '--sjs2-color-component-checkbox-false-hovered-border': 'var(--ink)',
    '--sjs2-color-component-formbox-default-border': 'var(--muted)',
    '--sjs2-color-component-formbox-hovered-border': 'var(--ink)',
    '--sjs2-color-component-input-default-line': 'var(--muted)',
    // Read-only answers (a closed campaign's): the same outlines, and the chosen mark in ink rather than light grey.
    '--sjs2-color-component-checkbox-false-readonly-border': 'var(--muted)',
    '--sjs2-color-component-formbox-readonly-border': 'var(--muted)',
    '--sjs2-color-component-radio-true-disabled-icon': 'var(--ink)',
    '--sjs2-color-component-checkbox-true-disabled-icon': 'var(--ink)',
  },
};
