import { createElement, Fragment } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { abbreviationsView } from '../../api/guide/abbreviations-view.js';
import { actorsView } from '../../api/guide/actors-view.js';
import { loadGuide } from '../../surveys/guide/load-guide.js';
import { groupActors } from '../../web/src/components/actors/group-actors.js';
import { actorsNamedIn } from '../../web/src/components/diagnostic/actors-named.js';
import { unitScale } from '../../web/src/components/guide-figures/unit-scale.js';
import { stepTitle } from '../../web/src/fill/step-title.js';
import { formatDateTime, formatPercent } from '../../web/src/format.js';
import { abbreviationMatcher, splitAbbreviations } from '../../web/src/glossary/mark-abbreviations.js';
import { renderParts } from '../../web/src/glossary/WithAbbreviations.js';

const guide = loadGuide();
const glossary = abbreviationMatcher(abbreviationsView(guide));
const markup = (text: string) => renderToStaticMarkup(createElement(Fragment, null, ...renderParts(splitAbbreviations(text, glossary))));

describe('the guide’s abbreviations in the texts the pages show', () => {
  it('renders a known abbreviation of an advice as <abbr> with the guide’s expansion', () => {
    const advice = guide.strategy.sheets.flatMap((f) => f.items).find((i) => i.item === 'services_eco_associes')!.advice;
    expect(advice).toContain('l’AICT économique');
    expect(markup(advice)).toContain(
      'l’<abbr title="Action Internationale et Européenne des Collectivités Territoriales">AICT</abbr> économique',
    );
  });

  it('marks whole words only, the longest abbreviation first, and leaves other text as it is', () => {
    expect(splitAbbreviations('Les CCIFE et la CCI, la BPI France, le V.I.E. ; accident, MEDEF International', glossary)).toEqual([
      'Les ',
      { abbreviation: 'CCIFE', expansion: 'Chambres de Commerce et d’Industrie françaises à l’Étranger' },
      ' et la ',
      { abbreviation: 'CCI', expansion: 'Chambre de commerce et d’industrie' },
      ', la ',
      { abbreviation: 'BPI France', expansion: 'Banque Publique d’Investissement' },
      ', le ',
      { abbreviation: 'V.I.E.', expansion: 'Volontariat International en Entreprise' },
      ' ; accident, ',
      { abbreviation: 'MEDEF', expansion: 'Mouvement des entreprises de France' },
      ' International',
    ]);
    // « BMI » has no expansion: left as text.
    expect(splitAbbreviations('(UE, AFD, BMI)', glossary).filter((p) => typeof p !== 'string')).toHaveLength(2);
    expect(splitAbbreviations('rien à marquer', glossary)).toEqual(['rien à marquer']);
    expect(splitAbbreviations('AICT', null)).toEqual(['AICT']);
    expect(abbreviationMatcher([{ abbreviation: 'BMI', expansion: null }])).toBeNull();
  });
});

describe('« Qui fait quoi à l’export »', () => {
  const { actors } = actorsView(guide);

  it('groups the actors by where the guide places them, then by family, keeping every actor once', () => {
    const groups = groupActors(actors);
    expect(groups.map((g) => g.heading)).toEqual(['À l’étranger', 'En France et à l’étranger', 'Sans lieu précisé par le guide']);
    const abroad = groups[0]!.families.flatMap((f) => f.actors.map((a) => a.name));
    expect(abroad).toContain('Business France');
    expect(
      groups
        .flatMap((g) => g.families.flatMap((f) => f.actors))
        .map((a) => a.id)
        .sort(),
    ).toEqual(actors.map((a) => a.id).sort());
  });

  it('finds the actors a practical sheet’s « Qui ? » names, by name, abbreviation or map label, whole words only', () => {
    const who = 'Les opérateurs de l’État (Business France, Campus France), les pôles de compétitivité, la CCIFE.';
    expect(actorsNamedIn(actors, [who]).map((a) => a.id)).toEqual([
      'acteur.business-france',
      'acteur.ccife',
      'acteur.poles-competitivite',
      'acteur.campus-france',
    ]);
    expect(actorsNamedIn(actors, ['rien de tel'])).toEqual([]);
  });
});

describe('small formats of the pages', () => {
  it('reads a figure’s unit into a format and a scale', () => {
    expect(unitScale('pourcentage des répondants').format(40)).toBe('40\u00a0%');
    expect(unitScale('pourcentage des répondants').max).toBe(100);
    expect(unitScale('moyenne d’une note de 0 à 5').format(3.3333)).toBe('3,3 sur 5');
    expect(unitScale('médiane des notes de 1 à 5 (accès à la donnée, pertinence)').max).toBe(5);
    expect(unitScale('nombre de participants et de sessions')).toMatchObject({ max: null });
    expect(unitScale('nombre de participants et de sessions').format(21)).toBe('21');
    expect(formatPercent(7)).toBe('7\u00a0%');
  });

  it('shows a page title in the step heading without its own « Étape n — »', () => {
    expect(stepTitle('Étape 1 — La mobilisation interne (Fiche pratique A)')).toBe('La mobilisation interne (Fiche pratique A)');
    expect(stepTitle('Étape 12 - Suite')).toBe('Suite');
    expect(stepTitle('Vos actions, réalisées ou prévues')).toBe('Vos actions, réalisées ou prévues');
  });

  it('gives dates and times in Paris, whatever the browser’s time zone', () => {
    expect(formatDateTime('2026-07-01T22:05:00Z')).toBe('2 juillet 2026 à 00:05');
    expect(formatDateTime('2026-12-01T22:05:00Z')).toBe('1 décembre 2026 à 23:05');
  });
});
