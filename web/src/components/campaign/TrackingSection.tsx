import type { CampaignTracking } from '../../api';
import { formatInteger } from '../../format';

type Counts = Pick<CampaignTracking, 'invited' | 'complete' | 'partial'>;

/** A progress bar with its figures written out, for those who cannot see the bar. */
function Progress({ label, counts }: { label: string; counts: Counts }) {
  const text = `${formatInteger(counts.complete)} sur ${formatInteger(counts.invited)} ont terminé, ${formatInteger(counts.partial)} en cours`;
  return (
    <div className="progress-row">
      <span className="progress-label">{label}</span>
      <progress max={Math.max(1, counts.invited)} value={counts.complete} aria-label={`${label} : ${text}`} />
      <span className="progress-text">{text}</span>
    </div>
  );
}

/** How far the invited collectivities have got: all of them, by type, by region. */
export function TrackingSection({ tracking }: { tracking: CampaignTracking }) {
  return (
    <div className="tracking">
      <Progress label="Toutes les collectivités invitées" counts={tracking} />
      <h3>Par type de collectivité</h3>
      {tracking.byType.map((t) => (
        <Progress key={t.key} label={t.label} counts={t} />
      ))}
      <h3>Par région</h3>
      {tracking.byRegion.map((t) => (
        <Progress key={t.key} label={t.label} counts={t} />
      ))}
    </div>
  );
}
