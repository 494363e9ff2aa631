import { z } from 'zod';

/**
 * The shape of the guide's data files (`surveys/guide/*.json`). Every element that carries
 * guide content names its `section` (a `name` of `sections.json`) and the verbatim
 * passages (`quotes`) it rests on; what we write ourselves (`summary`, `role`, `label`,
 * `note`…) says what those passages say and no more. `related` adds passages of other
 * sections that back the same element.
 */

const quotes = z.array(z.string().min(1)).min(1);
const related = z.array(z.object({ section: z.string(), quotes }).strict()).optional();
const note = z.string().optional();
/** The fields of any element backed by the guide. */
const sourced = { section: z.string(), quotes, related, note };

const categoryCode = z.enum(['internationalisation_entreprises', 'promotion_territoire', 'cooperation']);

export const sectionSchema = z
  .object({
    /** How other elements refer to this section, e.g. "Fiche pratique 1", "Fiche B", "Kit de survie". */
    name: z.string(),
    title: z.string(),
    /** Which source document: the guide (003) or the Kit de survie sheet (000). */
    source: z.enum(['guide', 'kit-de-survie']),
    /** Other names found in the instruments, e.g. "Fiche pratique B" for "Fiche B". */
    aliases: z.array(z.string()),
    quotes,
  })
  .strict();

const focusSchema = z
  .object({ id: z.string(), who: z.string(), what: z.string(), summary: z.string(), ...sourced })
  .strict();

export const practicalSheetSchema = z
  .object({
    id: z.string(),
    number: z.number().int(),
    title: z.string(),
    category: categoryCode,
    ...sourced,
    /** Quoi, Qui, Où, Quand, Comment, Combien, Pourquoi, in the guide's order. */
    questions: z.array(
      z
        .object({
          id: z.string(),
          key: z.enum(['quoi', 'qui', 'ou', 'quand', 'comment', 'combien', 'pourquoi']),
          heading: z.string(),
          summary: z.string(),
          ...sourced,
        })
        .strict(),
    ),
    /** The sheet's FOCUS boxes: good practices, who did what. */
    focus: z.array(focusSchema),
  })
  .strict();

const levelCode = z.enum(['regions', 'metropoles', 'epci', 'departements', 'communes', 'tous']);

/**
 * A passage of the guide that adds to an item's advice for some collectivities only: those
 * of one of `levels` (`niveaux.json`), or those that carry out or plan actions of one of
 * `categories` (`typologie_actions`); with both, both must hold.
 */
const tailoringSchema = z
  .object({
    id: z.string(),
    levels: z.array(levelCode).min(1).optional(),
    categories: z.array(categoryCode).min(1).optional(),
    /** What to do, in our words, saying what the passages say. */
    advice: z.string(),
    ...sourced,
  })
  .strict()
  .refine((t) => t.levels !== undefined || t.categories !== undefined, { message: 'levels or categories' });

const stepItemSchema = z
  .object({
    id: z.string(),
    /** The row code of the self-diagnosis step this passage backs. */
    item: z.string(),
    summary: z.string(),
    /** The next step the self-diagnosis recommends while the item is not done, in our words, saying what the passages say. */
    advice: z.string(),
    ...sourced,
    tailoring: z.array(tailoringSchema).optional(),
  })
  .strict();

export const strategySheetSchema = z
  .object({
    id: z.string(),
    /** The self-diagnosis step built from this sheet. */
    step: z.string(),
    title: z.string(),
    ...sourced,
    parts: z.array(z.object({ id: z.string(), heading: z.string(), summary: z.string(), ...sourced }).strict()),
    focus: z.array(focusSchema),
    items: z.array(stepItemSchema),
  })
  .strict();

export const strategySchema = z
  .object({
    introduction: z.object({ id: z.string(), summary: z.string(), ...sourced }).strict(),
    sheets: z.array(strategySheetSchema),
  })
  .strict();

/** `code`: the row code of the skill in the self-diagnosis's optional skills matrices. */
const skillSchema = z.object({ id: z.string(), code: z.string(), label: z.string(), ...sourced }).strict();
/** `question`: the self-diagnosis matrix that rates the group's skills. */
const skillGroupSchema = z
  .object({ id: z.string(), question: z.string(), name: z.string(), ...sourced, items: z.array(skillSchema) })
  .strict();

export const implementationSchema = z
  .object({
    id: z.string(),
    step: z.string(),
    title: z.string(),
    summary: z.string(),
    ...sourced,
    /** What a service of international relations and one of economic development each bring. */
    services: z.array(z.object({ id: z.string(), name: z.string(), summary: z.string(), ...sourced }).strict()),
    portage: z.object({ id: z.string(), summary: z.string(), ...sourced }).strict(),
    /** The seven trades (métiers) of economic AICT. */
    trades: z
      .object({
        id: z.string(),
        ...sourced,
        items: z.array(z.object({ id: z.string(), name: z.string(), detail: z.string().nullable(), ...sourced }).strict()),
      })
      .strict(),
    /** The grid « Compétences requises ». */
    skills: z
      .object({
        section: z.string(),
        quotes,
        note: z.string(),
        savoirFaire: z.array(skillGroupSchema),
        savoir: z.array(skillGroupSchema),
        /** The self-diagnosis matrix that rates the savoir-être. */
        savoirEtreQuestion: z.string(),
        savoirEtre: z.array(skillSchema),
      })
      .strict(),
    items: z.array(stepItemSchema),
  })
  .strict();

const actionSchema = z.object({ id: z.string(), code: z.string(), label: z.string(), ...sourced }).strict();
const subCategorySchema = z
  .object({ id: z.string(), code: z.string(), name: z.string(), ...sourced, actions: z.array(actionSchema) })
  .strict();

export const typologySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    summary: z.string(),
    ...sourced,
    categories: z.array(
      z
        .object({
          id: z.string(),
          code: categoryCode,
          /** Short name, e.g. "Internationalisation des entreprises". */
          name: z.string(),
          /** Name with the guide's qualifiers, e.g. "(export, création de filiales)". */
          label: z.string(),
          practicalSheet: z.string(),
          ...sourced,
          subCategories: z.array(subCategorySchema),
        })
        .strict(),
    ),
  })
  .strict();

export const levelSchema = z
  .object({
    id: z.string(),
    level: levelCode,
    name: z.string(),
    /** The `collectivite_type` codes of the instruments this level covers. */
    collectiviteTypes: z.array(z.string()).min(1),
    statements: z.array(z.object({ id: z.string(), summary: z.string(), ...sourced }).strict()),
  })
  .strict();

const uaRowSchema = z
  .object({
    id: z.string(),
    /** The row code of `ua-2014-indicateurs` and of `indicateurs_suivis`. */
    code: z.string(),
    label: z.string(),
    /** The guide's two ratings, as printed (2,5 is 2.5). */
    acces: z.number(),
    pertinence: z.number(),
    ...sourced,
  })
  .strict();

export const indicatorsSchema = z
  .object({
    ua2014: z
      .object({
        id: z.string(),
        title: z.string(),
        summary: z.string(),
        ...sourced,
        groups: z.array(
          z.object({ id: z.string(), code: z.enum(['impact', 'internationalisation']), name: z.string(), ...sourced, rows: z.array(uaRowSchema) }).strict(),
        ),
      })
      .strict(),
    /** The economic indicators Fiches pratiques 1–3 name, each with its sheet's category. */
    economic: z.array(z.object({ id: z.string(), code: z.string(), category: categoryCode, label: z.string(), ...sourced }).strict()),
    /** Frameworks Fiche D suggests (SDG 8 and 9). */
    frameworks: z.array(z.object({ id: z.string(), code: z.string(), label: z.string(), ...sourced }).strict()),
  })
  .strict();

export const fundingSchema = z
  .object({
    /** Said with every list of funding leads: the guide's programmes date from 2016–2017. */
    caveat: z.string(),
    /** Dated sources the guide gives for funding items. */
    sources: z.array(
      z
        .object({
          id: z.string(),
          /** As the guide gives it: a day (YYYY-MM-DD) or a year (YYYY). */
          date: z.string().regex(/^\d{4}(-\d{2}-\d{2})?$/),
          label: z.string(),
          summary: z.string(),
          ...sourced,
          stages: z.array(z.object({ label: z.string(), ...sourced }).strict()).optional(),
        })
        .strict(),
    ),
    items: z.array(
      z
        .object({
          id: z.string(),
          name: z.string(),
          nature: z.enum(['instrument_export', 'dispositif_regional', 'programme_europeen', 'programme_national', 'bailleur', 'reseau_appui']),
          /** Money granted or lent (programmes, grants, loans, funders); false for insurance, guarantees and support networks. */
          isFunding: z.boolean(),
          beneficiaries: z.enum(['collectivites', 'entreprises']),
          /** The dated source the guide gives, or null when it gives none. */
          sourceId: z.string().nullable(),
          /** The action categories whose funding leads it is (only for funding, `isFunding`). */
          categories: z.array(categoryCode).optional(),
          summary: z.string().optional(),
          ...sourced,
        })
        .strict(),
    ),
  })
  .strict();

export const actorsSchema = z
  .object({
    map: z.object({ id: z.string(), title: z.string(), summary: z.string(), ...sourced }).strict(),
    actors: z.array(
      z
        .object({
          id: z.string(),
          name: z.string(),
          abbreviation: z.string().optional(),
          /** The family the guide's list of main actors puts it in. */
          group: z.enum(['etat', 'collectivites', 'agences', 'chambres', 'syndicats', 'poles', 'entreprises', 'conseillers']),
          /** Where the guide's text places its action; null when the text does not say. */
          where: z.enum(['france', 'etranger', 'france_et_etranger']).nullable(),
          /** Its label on the map of Fiche pratique 1, or null when it is not on it. */
          mapLabel: z.string().nullable(),
          role: z.string(),
          site: z.string().optional(),
          ...sourced,
        })
        .strict(),
    ),
  })
  .strict();

export const misconceptionsSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    ...sourced,
    items: z.array(z.object({ id: z.string(), number: z.number().int(), title: z.string(), summary: z.string(), ...sourced }).strict()),
    conclusion: z.object({ id: z.string(), title: z.string(), summary: z.string(), ...sourced }).strict(),
  })
  .strict();

export const abbreviationSchema = z
  .object({
    id: z.string(),
    abbreviation: z.string(),
    /** Null only when neither the guide nor common usage gives a sure expansion. */
    expansion: z.string().nullable(),
    /** Whether the guide itself expands it (otherwise the usual French expansion, and the quotes show its use). */
    fromGuide: z.boolean(),
    ...sourced,
  })
  .strict();

const kitElementSchema = z
  .object({ id: z.string(), summary: z.string(), surveyCode: z.string().optional(), ...sourced })
  .strict();

export const kitSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    ...sourced,
    constat: z.array(kitElementSchema),
    participation: z
      .object({
        id: z.string(),
        participants: z.number().int(),
        sessions: z.number().int(),
        event: z.string(),
        place: z.string(),
        summary: z.string(),
        ...sourced,
      })
      .strict(),
    testimonies: z.array(kitElementSchema),
    /** Each with the choice code of `ua-2015-kit-de-survie` it became. */
    needs: z.array(kitElementSchema),
    examples: z.array(kitElementSchema),
    recommendations: z.array(kitElementSchema),
    publications: kitElementSchema,
    innovativeCollectivities: z.array(z.object({ id: z.string(), name: z.string(), summary: z.string(), ...sourced }).strict()),
  })
  .strict();

export const guideSchema = z
  .object({
    sections: z.array(sectionSchema),
    practicalSheets: z.array(practicalSheetSchema),
    strategy: strategySchema,
    implementation: implementationSchema,
    typology: typologySchema,
    levels: z.array(levelSchema),
    indicators: indicatorsSchema,
    funding: fundingSchema,
    actors: actorsSchema,
    misconceptions: misconceptionsSchema,
    abbreviations: z.array(abbreviationSchema),
    kitDeSurvie: kitSchema,
  })
  .strict();
