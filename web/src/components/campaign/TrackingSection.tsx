import type { CampaignTracking } from '../../api';
import { formatInteger } from '../../format';
import { ParticipationMap } from './ParticipationMap';

type Counts = Pick<CampaignTracking, 'invited' | 'complete' | 'partial'>;

/** « 1 sur 3 ont terminé, 1 en cours »: how far a group has got, in words. */
export function progressInWords(counts: Counts): string {
  return `${formatInteger(counts.complete)} sur ${formatInteger(counts.invited)} ont terminé, ${formatInteger(counts.partial)} en cours`;
}

/** A progress bar with its figures written out, for those who cannot see the bar. */
function Progress({ label, counts }: { label: string; counts: Counts }) {
  const text = progressInWords(counts);
  return (
    <div className="progress-row">
      <span className="progress-label">{label}</span>
      <progress max={Math.max(1, counts.invited)} value={counts.complete} aria-label={`${label}\u202f: ${text}`} />
      <span className="progress-text">{text}</span>
    </div>
  );
}

/** How far the invited collectivities have got: all of them, by type, and by region on a map with its table. */
export function TrackingSection({ tracking }: { tracking: CampaignTracking }) {
  if (tracking.invited === 0) return <p>Aucune collectivité n’est encore invitée à cette campagne.</p>;
  return (
    <div className="tracking">
      <Progress label="Toutes les collectivités invitées" counts={tracking} />
      <h3>Par type de collectivité</h3>
      {tracking.byType.map((t) => (
        <Progress key={t.key} label={t.label} counts={t} />
      ))}
      <h3>Par région</h3>
      <ParticipationMap byRegion={tracking.byRegion} />
    </div>
  );
}
