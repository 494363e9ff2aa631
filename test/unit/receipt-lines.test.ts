import { describe, expect, it } from 'vitest';
import { loadInstruments } from '../../api/instruments/catalog.js';
import { receiptSections } from '../../web/src/fill/receipt-lines.js';
import { completeAnnualAnswers } from '../helpers/annual-answers.js';

const instrument = (id: string) => loadInstruments().find((i) => i.id === id)!;

describe('the receipt of a response', () => {
  it('lists the answered questions page by page, with the labels survey-core shows and French numbers', () => {
    const sections = receiptSections(instrument('enquete-annuelle').json, { ...completeAnnualAnswers, budget_aict_euros: 37500 });
    expect(sections.map((s) => s.title)).toEqual([
      'Votre collectivité',
      'Vos actions selon la typologie du guide',
      'Importance de vos actions',
      'Vos moyens et vos partenaires',
      'Évaluation et suivi',
    ]);
    const lines = new Map(sections.flatMap((s) => s.lines).map((l) => [l.name, l.answer]));
    expect(lines.get('service_repondant')).toBe('Relations internationales / affaires européennes');
    expect(lines.get('budget_aict_euros')).toBe('37\u202f500');
    expect(lines.get('etp_aict')).toBe('2,5');
    expect(lines.get('zones_cibles')).toBe('Europe, Asie');
    // Matrix rows in the question's order, whatever the order they were answered in.
    expect(lines.get('acteurs_mobilises')).toEqual(['Réseaux\u202f: Non', 'Entreprises\u202f: Oui']);
    expect(lines.get('typologie_actions')).toEqual([
      'Marketing territorial (ciblages particuliers de la communication)\u202f: Prévue',
      'Branding (création d’une marque de territoire)\u202f: Réalisée',
      'Compagnonnages\u202f: Non',
    ]);
    // Unanswered questions are left out.
    expect(lines.has('indicateurs_suivis')).toBe(false);
  });

  it('gives each answered row of a matrix of ratings with its columns', () => {
    const json = instrument('ua-2014-indicateurs').json;
    const rows = (json.pages[1] as { elements: { rows: { value: string; text: string }[] }[] }).elements[0]!.rows;
    const [section] = receiptSections(json, { indicateurs: { [rows[1]!.value]: { acces: 3, pertinence: 4 } } });
    expect(section!.lines[0]!.answer).toEqual([`${rows[1]!.text}\u202f: Accès à la donnée (1\u202f: difficile, 5\u202f: facile)\u202f: 3\u202f; Pertinence (1\u202f: faible, 5\u202f: forte)\u202f: 4`]);
  });
});
