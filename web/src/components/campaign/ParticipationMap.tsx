import type { CampaignTracking, FranceRegionsMap } from '../../api';
import { formatInteger } from '../../format';
import { useRegionMap } from '../../hooks/useRegionMap';
import { ScrollTable } from '../ScrollTable';

type RegionTally = CampaignTracking['byRegion'][number];

/** The share of complete responses among the invited, in five classes (the first: none invited). */
const CLASSES = [
  { label: 'aucune invitation', fill: '#f4f5f7' },
  { label: 'moins de 25\u00a0%', fill: '#dbe7f3' },
  { label: '25 à 49\u00a0%', fill: '#9fc1e3' },
  { label: '50 à 74\u00a0%', fill: '#4f8ac3' },
  { label: '75\u00a0% ou plus', fill: '#003d7a' },
];

const share = (t: RegionTally) => (t.invited === 0 ? null : Math.round((100 * t.complete) / t.invited));
const percent = (x: number | null) => (x === null ? '—' : `${formatInteger(x)}\u00a0%`);

function classOf(t: RegionTally | undefined) {
  const s = t ? share(t) : null;
  if (s === null) return CLASSES[0]!;
  return CLASSES[Math.min(4, 1 + Math.floor(s / 25))]!;
}

/** « Bretagne : 3 invitées, 1 a terminé (33 %), 1 en cours » — what each région says to a screen reader and on hovering. */
function regionInWords(name: string, t: RegionTally | undefined): string {
  if (!t) return `${name}\u202f: aucune collectivité invitée`;
  return `${name}\u202f: ${formatInteger(t.invited)} invitée${t.invited > 1 ? 's' : ''}, ${formatInteger(t.complete)} ${t.complete > 1 ? 'ont' : 'a'} terminé (${percent(share(t))}), ${formatInteger(t.partial)} en cours`;
}

function Area({ region, tally, className = 'area' }: { region: FranceRegionsMap['regions'][number]; tally: RegionTally | undefined; className?: string }) {
  const { fill } = classOf(tally);
  const words = regionInWords(region.name, tally);
  return (
    <path className={className} d={region.path} fill={fill} stroke={fill} role="img" aria-label={words}>
      <title>{words}</title>
    </path>
  );
}

function RegionsMap({ map, byCode }: { map: FranceRegionsMap; byCode: Map<string, RegionTally> }) {
  return (
    <figure className="region-map">
      <svg viewBox={map.viewBox} role="group" aria-label="Carte des régions de France métropolitaine">
        {map.regions.map((r) => (
          <Area key={r.code} region={r} tally={byCode.get(r.code)} />
        ))}
        {map.regions.map((r) => (
          <path key={`${r.code}-contour`} className="outline" d={r.outline} aria-hidden="true" />
        ))}
      </svg>
      <ul className="overseas" aria-label="Régions d’outre-mer">
        {map.overseas.map((r) => (
          <li key={r.code}>
            <svg viewBox={r.viewBox} role="group" aria-label={r.name}>
              <Area region={r} tally={byCode.get(r.code)} className="area overseas-area" />
              <path className="outline" d={r.outline} aria-hidden="true" />
            </svg>
            {r.name}
          </li>
        ))}
      </ul>
      <ul className="map-legend" aria-label={'Légende\u202f: part des collectivités invitées qui ont terminé'}>
        {CLASSES.map((c) => (
          <li key={c.label}>
            <span className="swatch" style={{ background: c.fill }} />
            {c.label}
          </li>
        ))}
      </ul>
      <figcaption>{map.source}</figcaption>
    </figure>
  );
}

/** Invited and answering collectivities by région: a map of France coloured by the share that completed, and the same figures in a table. */
export function ParticipationMap({ byRegion }: { byRegion: RegionTally[] }) {
  const map = useRegionMap();
  const byCode = new Map(byRegion.map((t) => [t.key, t]));
  return (
    <div className="participation">
      {map ? <RegionsMap map={map} byCode={byCode} /> : <p role="status">Chargement de la carte…</p>}
      <ScrollTable label="Participation par région">
        <table className="figures">
          <caption>Participation par région</caption>
          <thead>
            <tr>
              <th scope="col">Région</th>
              <th scope="col">Invitées</th>
              <th scope="col">Ont terminé</th>
              <th scope="col">En cours</th>
              <th scope="col">Part terminée</th>
            </tr>
          </thead>
          <tbody>
            {byRegion.map((t) => (
              <tr key={t.key}>
                <th scope="row">{t.label}</th>
                <td>{formatInteger(t.invited)}</td>
                <td>{formatInteger(t.complete)}</td>
                <td>{formatInteger(t.partial)}</td>
                <td>{percent(share(t))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </div>
  );
}
