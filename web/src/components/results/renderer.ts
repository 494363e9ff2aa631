import type { JSX } from 'react';
import type { QuestionResult } from '../../../../api/results/build-results-document';
import type { QuestionLabels } from '../../labels';

/** The results of the kinds named. */
export type ResultOf<K extends QuestionResult['kind']> = Extract<QuestionResult, { kind: K }>;

/** Draws one kind of question result: a chart to look at, the figures in a table to read. */
export type ResultRenderer<R extends QuestionResult> = (props: { result: R; labels: QuestionLabels | undefined }) => JSX.Element;
