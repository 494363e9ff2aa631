import type { CategoryCode, Guide, PracticalQuestion } from '../../surveys/guide/load-guide.js';
import { cite } from '../guide/cite.js';

/** The guide's seven questions, as the sheets ask them. */
const QUESTION_WORDS: Record<PracticalQuestion['key'], string> = {
  quoi: 'Quoi\u202f?',
  qui: 'Qui\u202f?',
  ou: 'Où\u202f?',
  quand: 'Quand\u202f?',
  comment: 'Comment\u202f?',
  combien: 'Combien\u202f?',
  pourquoi: 'Pourquoi\u202f?',
};

/**
 * The practical sheets (Fiches pratiques 1–3) of the given categories, in the guide's order:
 * each of the seven questions answered in our words by what the sheet says under that very
 * heading (`summary` of `fiches-pratiques.json`), with its passages.
 */
export function sheetAdvice(guide: Guide, categories: readonly CategoryCode[]) {
  return guide.practicalSheets
    .filter((sheet) => categories.includes(sheet.category))
    .map((sheet) => ({
      category: sheet.category,
      title: guide.typology.categories.find((c) => c.code === sheet.category)?.name ?? sheet.title,
      sheetTitle: sheet.title,
      section: sheet.section,
      questions: sheet.questions.map((q) => ({
        key: q.key,
        question: QUESTION_WORDS[q.key],
        heading: q.heading,
        answer: q.summary,
        ...cite(q),
      })),
    }));
}
