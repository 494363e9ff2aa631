import { formatInteger, formatNumber } from '../../format';
import type { ResultOf, ResultRenderer } from './renderer';

/**
 * A number typed in (a budget, a staff count): how many answered, and its statistics as
 * published — two significant figures, never a minimum or a maximum, no mean when one
 * answer dominates, nothing when too few answered.
 */
export const NumberResult: ResultRenderer<ResultOf<'number'>> = ({ result }) => {
  const { stats } = result;
  return (
    <>
      <p className="base">{formatInteger(result.base)} répondants</p>
      {stats ? (
        <p className="stats">
          {stats.mean === null ? 'Moyenne non publiée' : `Moyenne ${formatNumber(stats.mean)}`} · médiane {formatNumber(stats.median)} · quartiles{' '}
          {formatNumber(stats.q1)} et {formatNumber(stats.q3)} (arrondis à deux chiffres significatifs)
        </p>
      ) : (
        result.base > 0 && <p className="stats">Trop peu de réponses à cette question pour en publier les chiffres sans exposer un répondant.</p>
      )}
      {result.dominated && (
        <p className="note">
          {'La moyenne n’est pas publiée\u202f: une seule réponse représente plus de 85\u00a0% du total et la moyenne la ferait connaître.'}
        </p>
      )}
    </>
  );
};
