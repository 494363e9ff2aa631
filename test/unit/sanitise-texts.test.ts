import { describe, expect, it } from 'vitest';
import { loadInstruments, type SurveyJson } from '../../api/instruments/catalog.js';
import { compileCatalog } from '../../api/instruments/compile-catalog.js';
import { escapedText, plainText, sanitiseInstrumentTexts } from '../../api/instruments/sanitise-texts.js';
import { hostileInstruments, PLAIN } from '../helpers/hostile-instruments.js';

describe('instrument texts are made plain', () => {
  it('leaves the six real instruments exactly as written', () => {
    for (const i of loadInstruments()) expect(sanitiseInstrumentTexts(i.json), i.id).toEqual(i.json);
  });

  it('turns markup into the text a person reads, scripts and handlers dropped, entities decoded', () => {
    expect(plainText('Enquête <img src="x" onerror="alert(1)"><b>annuelle</b>')).toBe('Enquête annuelle');
    expect(plainText('<script>alert(1)</script><style>p{}</style>Décrivez')).toBe('Décrivez');
    expect(plainText('Moins de 2 000 &amp; plus &lt;b&gt;')).toBe('Moins de 2 000 & plus <b>');
    expect(plainText('L’AICT « économique » d’ici, 2,5 %')).toBe('L’AICT « économique » d’ici, 2,5 %');
  });

  it('keeps the HTML-rendered properties escaped, so entities cannot turn back into elements', () => {
    expect(escapedText('<img src=x onerror=alert(1)>Merci &lt;script&gt;')).toBe('Merci &lt;script&gt;');
  });

  it('cleans localised texts and leaves codes and expressions alone', () => {
    const json = {
      title: { fr: '<b>Titre</b>', default: '<i>Title</i>' },
      pages: [{ name: 'p<1', elements: [{ type: 'text', name: 'x', visibleIf: '{n} < 3 and {m} > 1', title: 'X <u>souligné</u>', choices: [{ value: '<b>', text: '<b>Gras</b>' }] }] }],
    };
    // A localised title: SurveyJS reads one, our SurveyJson type names titles as plain strings.
    expect(sanitiseInstrumentTexts(json as unknown as SurveyJson)).toEqual({
      title: { fr: 'Titre', default: 'Title' },
      pages: [{ name: 'p<1', elements: [{ type: 'text', name: 'x', visibleIf: '{n} < 3 and {m} > 1', title: 'X souligné', choices: [{ value: '<b>', text: 'Gras' }] }] }],
    });
  });

  it('serves and compiles the plain texts of a hostile instrument', () => {
    const compiled = compileCatalog(hostileInstruments());
    const annual = compiled.get('enquete-annuelle')!;
    expect(annual.title).toBe(PLAIN.surveyTitle);
    expect(annual.json.title).toBe(PLAIN.surveyTitle);
    expect((annual.json.pages[0] as { description?: string }).description).toBe(PLAIN.pageDescription);
    expect(annual.spec.questions.get('collectivite_type')!.title).toBe(PLAIN.typeTitle);
    expect(annual.json.completedHtml).toBe('Merci &lt;script&gt;');
    expect(compiled.get('ua-2015-kit-de-survie')!.spec.questions.get('commentaire')!.title).toBe(PLAIN.commentTitle);
    expect(JSON.stringify([...compiled.values()].map((i) => i.json))).not.toMatch(/<(img|script|svg|i|b)\b/);
  });
});
