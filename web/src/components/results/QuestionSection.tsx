import type { ResultsAnswer } from '../../api';
import { WithAbbreviations } from '../../glossary/WithAbbreviations';
import type { QuestionLabels } from '../../labels';
import { QuestionResult } from '../QuestionResult';

export type DocumentQuestion = ResultsAnswer['questions'][string];

/** One question's results under its title. */
export function QuestionSection({ code, result, labels }: { code: string; result: DocumentQuestion; labels: QuestionLabels | undefined }) {
  return (
    <section className="question-result" aria-labelledby={`q-${code}`} data-question={code}>
      <h2 id={`q-${code}`}>
        <WithAbbreviations text={labels?.title ?? code} />
      </h2>
      <QuestionResult result={result} labels={labels} />
    </section>
  );
}
