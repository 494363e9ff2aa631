import type { QuestionLabels } from '../../labels';
import { QuestionSection, type DocumentQuestion } from './QuestionSection';

/**
 * The questions of a reconstruction that no figure of its source constrains, closed by
 * default: their answers were built, not reported, and their distributions say nothing of
 * what the collectivities answered at the time.
 */
export function UnsourcedQuestions({
  questions,
  labels,
}: {
  questions: [string, DocumentQuestion][];
  labels: Map<string, QuestionLabels>;
}) {
  if (questions.length === 0) return null;
  return (
    <details className="unsourced">
      <summary>
        Questions non publiées par la source{'\u202f'}: valeurs de la reconstitution ({questions.length})
      </summary>
      <p>
        La source ne publie aucun chiffre sur ces questions. Les réponses de la reconstitution y ont été construites pour que l’ensemble
        reste cohérent, sans appui dans ce que la source rapporte{'\u202f'}: leurs répartitions ne disent rien de ce que les collectivités
        ont répondu à l’époque.
      </p>
      {questions.map(([code, result]) => (
        <QuestionSection key={code} code={code} result={result} labels={labels.get(code)} />
      ))}
    </details>
  );
}
