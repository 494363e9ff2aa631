import type { QuestionResult as Result } from '../../../api/results/build-results-document';
import type { QuestionLabels } from '../labels';
import { ChoiceResult } from './results/ChoiceResult';
import { MatrixDropdownResult } from './results/MatrixDropdownResult';
import { MatrixResult } from './results/MatrixResult';
import { NumberResult } from './results/NumberResult';
import type { ResultOf, ResultRenderer } from './results/renderer';

// The API's own types, shared by `import type` (erased from the bundle).
export type { Result };

/** One renderer per kind of result the API publishes; the compiler lists any kind left without one. */
const RENDERERS: { [K in Result['kind']]: ResultRenderer<ResultOf<K>> } = {
  choice: ChoiceResult,
  multi: ChoiceResult,
  rating: ChoiceResult,
  number: NumberResult,
  matrix: MatrixResult,
  matrixdropdown: MatrixDropdownResult,
};

/** One question's results: a chart people look at, and the figures in a table for those who read. */
export function QuestionResult({ result, labels }: { result: Result; labels: QuestionLabels | undefined }) {
  // Each renderer takes the result of its own kind, which `result.kind` selects.
  const Renderer = RENDERERS[result.kind] as ResultRenderer<Result>;
  return <Renderer result={result} labels={labels} />;
}
