import { createRequire } from 'node:module';
import type { z } from 'zod';
import {
  abbreviationSchema,
  actorsSchema,
  fundingSchema,
  guideSchema,
  implementationSchema,
  indicatorsSchema,
  kitSchema,
  levelSchema,
  misconceptionsSchema,
  practicalSheetSchema,
  sectionSchema,
  strategySchema,
  strategySheetSchema,
  typologySchema,
} from './guide-schema.js';

/**
 * The ARRICOD guide and the 2015 Kit de survie sheet as structured, cited data: each
 * element names its guide section and the verbatim passages it rests on (see
 * `guide-schema.ts` and `README.md`). A test checks every passage against the source texts
 * in `sources/`.
 */
export type Guide = z.infer<typeof guideSchema>;
export type GuideSection = z.infer<typeof sectionSchema>;
export type PracticalSheet = z.infer<typeof practicalSheetSchema>;
export type PracticalQuestion = PracticalSheet['questions'][number];
export type Focus = PracticalSheet['focus'][number];
export type Strategy = z.infer<typeof strategySchema>;
export type StrategySheet = z.infer<typeof strategySheetSchema>;
export type StepItem = StrategySheet['items'][number];
export type Tailoring = NonNullable<StepItem['tailoring']>[number];
export type Implementation = z.infer<typeof implementationSchema>;
export type Trade = Implementation['trades']['items'][number];
export type SkillGroup = Implementation['skills']['savoirFaire'][number];
export type Skill = SkillGroup['items'][number];
export type Typology = z.infer<typeof typologySchema>;
export type TypologyCategory = Typology['categories'][number];
export type TypologySubCategory = TypologyCategory['subCategories'][number];
export type TypologyAction = TypologySubCategory['actions'][number];
export type CategoryCode = TypologyCategory['code'];
export type Level = z.infer<typeof levelSchema>;
export type LevelStatement = Level['statements'][number];
export type LevelCode = Level['level'];
export type Indicators = z.infer<typeof indicatorsSchema>;
export type UaIndicator = Indicators['ua2014']['groups'][number]['rows'][number];
export type EconomicIndicator = Indicators['economic'][number];
export type Funding = z.infer<typeof fundingSchema>;
export type FundingSource = Funding['sources'][number];
export type FundingItem = Funding['items'][number];
export type Actors = z.infer<typeof actorsSchema>;
export type Actor = Actors['actors'][number];
export type Misconceptions = z.infer<typeof misconceptionsSchema>;
export type Abbreviation = z.infer<typeof abbreviationSchema>;
export type InnovativeCollectivity = KitDeSurvie['innovativeCollectivities'][number];
export type KitDeSurvie = z.infer<typeof kitSchema>;

/** The source documents, as files of `surveys/guide/` (copies of `shared/seeds/`, byte for byte). */
export const SOURCE_FILES: Readonly<Record<GuideSection['source'], string>> = {
  guide: 'sources/003_ede80dc52d0eda77.txt',
  'kit-de-survie': 'sources/000_1c54128f0009cca1.txt',
};

let loaded: Guide | undefined;

/**
 * Reads the data files once, checks their shape (a malformed file throws, naming the
 * field) and returns the same frozen object at every call.
 */
export function loadGuide(): Guide {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    loaded = deepFreeze(
      guideSchema.parse({
        sections: require('./sections.json'),
        practicalSheets: require('./fiches-pratiques.json'),
        strategy: require('./strategie.json'),
        implementation: require('./mise-en-oeuvre.json'),
        typology: require('./typologie.json'),
        levels: require('./niveaux.json'),
        indicators: require('./indicateurs.json'),
        funding: require('./financements.json'),
        actors: require('./acteurs.json'),
        misconceptions: require('./idees-recues.json'),
        abbreviations: require('./abreviations.json'),
        kitDeSurvie: require('./kit-de-survie.json'),
      }),
    );
  }
  return loaded;
}

/** Shared by every caller, so nobody may change it for the others. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
