import type { PeersAnswer } from '../../api';
import { formatPercent } from '../../format';
import type { QuestionLabels } from '../../labels';
import { ScrollTable } from '../ScrollTable';

interface Props {
  choices: PeersAnswer['choices'];
  typology: QuestionLabels | undefined;
  actors: QuestionLabels | undefined;
}

/** The collectivity's answer on each action and actor, beside the shares of its peers' answers. */
export function ChoicesTable({ choices, typology, actors }: Props) {
  return (
    <ScrollTable label="Vos actions et vos acteurs comparés à ceux de vos pairs">
      <table className="figures">
        <caption>Vos actions et vos acteurs comparés à ceux de vos pairs</caption>
        <thead>
          <tr>
            <th scope="col">Action ou acteur</th>
            <th scope="col">Votre réponse</th>
            <th scope="col">Réponses de vos pairs</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(choices ?? {}).map(([key, c]) => {
            const [question, row = ''] = key.split('.');
            const l = question === 'typologie_actions' ? typology : actors;
            return (
              <tr key={key}>
                <th scope="row">{l?.rows.get(row) ?? row}</th>
                <td>{c.value ? (l?.columns.get(c.value) ?? c.value) : '—'}</td>
                <td>
                  {c.peerPercents
                    ? Object.entries(c.peerPercents)
                        .map(([code, pct]) => `${l?.columns.get(code) ?? code} ${formatPercent(pct)}`)
                        .join(' · ')
                    : 'Trop peu de réponses de vos pairs'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollTable>
  );
}
