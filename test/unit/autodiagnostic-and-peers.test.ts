import { describe, expect, it } from 'vitest';
import { levelOf } from '../../analysis/autodiagnostic/levels.js';
import { scoreAutodiagnostic } from '../../analysis/autodiagnostic/score-autodiagnostic.js';
import { choosePeerGroup } from '../../analysis/peers/choose-peer-group.js';
import { commonPeerActions } from '../../analysis/peers/common-peer-actions.js';
import { compareChoice } from '../../analysis/peers/compare-choice.js';
import { compareNumber } from '../../analysis/peers/compare-number.js';

const STEPS = [
  { code: 'mobilisation_interne', items: ['services_eco_associes', 'ressources_identifiees', 'etat_des_lieux'] },
  { code: 'diagnostic_partage', items: ['parties_prenantes', 'opportunites', 'vision_politique'] },
  { code: 'cadrage', items: ['priorites_geographiques', 'priorites_sectorielles_actions', 'conventions_partenariales', 'financements_identifies'] },
  { code: 'evaluation', items: ['resultats_attendus', 'indicateurs_definis', 'dispositif_suivi'] },
  { code: 'mise_en_oeuvre', items: ['portage_clarifie', 'metiers_identifies', 'competences_disponibles'] },
];
const all = (status: number) => Object.fromEntries(STEPS.map((s) => [s.code, Object.fromEntries(s.items.map((i) => [i, status]))]));

describe('scoreAutodiagnostic', () => {
  it('all zero: every step 0, overall 0, emergent', () => {
    const s = scoreAutodiagnostic(STEPS, all(0));
    expect(Object.values(s.steps).map((x) => x.score)).toEqual([0, 0, 0, 0, 0]);
    expect([s.overall, s.level]).toEqual([0, 'emergent']);
  });
  it('all three: every step 100, overall 100, avance', () => {
    const s = scoreAutodiagnostic(STEPS, all(3));
    expect(Object.values(s.steps).map((x) => x.score)).toEqual([100, 100, 100, 100, 100]);
    expect([s.overall, s.level]).toEqual([100, 'avance']);
  });
  it('unanswered items count 0 and are reported as null', () => {
    const s = scoreAutodiagnostic(STEPS, {
      mobilisation_interne: { services_eco_associes: 3, ressources_identifiees: 2 },
      cadrage: { priorites_geographiques: 1, priorites_sectorielles_actions: 1, conventions_partenariales: 1, financements_identifies: 1 },
    });
    // (3 + 2 + 0) / 9 = 55.6 ; cadrage 4 / 12 = 33.3 ; the three others 0.
    expect(s.steps.mobilisation_interne!.score).toBeCloseTo(55.556, 2);
    expect(s.steps.mobilisation_interne!.items.etat_des_lieux).toBeNull();
    expect(s.steps.cadrage!.score).toBeCloseTo(33.333, 2);
    expect(s.steps.evaluation!.score).toBe(0);
    expect(s.overall).toBeCloseTo((55.556 + 33.333) / 5, 2);
    expect(s.level).toBe('emergent');
  });
  it('levels at their bounds: < 25, < 50, < 75, otherwise', () => {
    expect([levelOf(24.9), levelOf(25), levelOf(49.9), levelOf(50), levelOf(74.9), levelOf(75)]).toEqual([
      'emergent', 'en_structuration', 'en_structuration', 'structure', 'structure', 'avance',
    ]);
  });
});

describe('peer statistics', () => {
  const frequencies = (values: number[]) => {
    const out: Record<string, number> = {};
    for (const v of values) out[String(v)] = (out[String(v)] ?? 0) + 1;
    return out;
  };
  it('compares a number with its peers: median and quartiles at two significant figures, a band, no rank and no extreme', () => {
    // peers 90, 120, 180, 250, 400, 600 → median 215 → 220, q1 = 135 → 140, q3 = 362.5 → 360
    expect(compareNumber(250, frequencies([600, 90, 180, 250, 400, 120]), 5)).toEqual({ value: 250, peerMedian: 220, q1: 140, q3: 360, position: 'q3' });
    expect(compareNumber(90, frequencies([600, 90, 180, 250, 400, 120]), 5).position).toBe('q1');
    expect(compareNumber(900, frequencies([600, 90, 180, 250, 400, 120]), 5).position).toBe('q4');
  });
  it('gives no statistic from fewer than k peer values', () => {
    expect(compareNumber(250, frequencies([600, 90, 180, 250]), 5)).toEqual({ value: 250, peerMedian: null, q1: null, q3: null, position: null });
    expect(compareNumber(null, {}, 5)).toEqual({ value: null, peerMedian: null, q1: null, q3: null, position: null });
  });
  it('compares a coded answer with its peers, from k answers', () => {
    expect(compareChoice('non', ['realisee', 'prevue', 'non'], { realisee: 4, prevue: 1, non: 2, autre: 9 }, 5)).toEqual({
      value: 'non', peerPercents: { realisee: 57, prevue: 14, non: 29 },
    });
    expect(compareChoice('non', ['realisee', 'prevue', 'non'], { realisee: 3, non: 1 }, 5)).toEqual({ value: 'non', peerPercents: null });
  });
  it('narrows to the population band only when that group reaches k; suppresses under k', () => {
    expect(choosePeerGroup(14, 6, 5)).toEqual({ narrowed: true, n: 6, suppressed: false });
    expect(choosePeerGroup(14, 4, 5)).toEqual({ narrowed: false, n: 14, suppressed: false });
    expect(choosePeerGroup(4, 4, 5)).toEqual({ narrowed: false, n: 4, suppressed: true });
    expect(choosePeerGroup(5, null, 5)).toEqual({ narrowed: false, n: 5, suppressed: false });
  });
  it('lists the actions at least half of the peers carry out and this collectivity does not', () => {
    // 4 peers: branding carried out by 2, salons_etranger by 2, compagnonnages by 1.
    const done = { branding: 2, salons_etranger: 2, compagnonnages: 1 };
    expect(commonPeerActions({ branding: 'prevue' }, done, 4, ['branding', 'salons_etranger', 'compagnonnages'])).toEqual([
      { action: 'branding', peerShare: 50 },
      { action: 'salons_etranger', peerShare: 50 },
    ]);
    expect(commonPeerActions({ branding: 'realisee' }, done, 4, ['branding'])).toEqual([]);
    expect(commonPeerActions({}, {}, 0, ['branding'])).toEqual([]);
  });
});
