import type { CategoryCode, FundingItem, Guide } from '../../surveys/guide/load-guide.js';
import { cite } from '../guide/cite.js';
import { categoryName } from './action-categories.js';

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** A source's date as the guide prints it: « 16 février 2016 », or the year alone. */
export function frenchDate(date: string): string {
  const [year, month, day] = date.split('-');
  return month && day ? `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}` : year!;
}

/** The dated source of a funding item, cited by the passage that prints its date. */
function datedSource(guide: Guide, item: FundingItem) {
  const dated = guide.funding.sources.find((s) => s.id === item.sourceId);
  if (!dated) return null;
  const printed = frenchDate(dated.date);
  const quote = dated.quotes.find((q) => q.includes(printed)) ?? dated.quotes[0]!;
  return { date: dated.date, printed, source: { label: dated.label, section: dated.section, quote } };
}

/** One funding lead: what the guide says of it, and its date when the guide's source is dated. */
function lead(guide: Guide, item: FundingItem) {
  const dated = datedSource(guide, item);
  return {
    id: item.id,
    name: item.name,
    what: item.summary ?? '',
    nature: item.nature,
    beneficiaries: item.beneficiaries,
    /** The date of the guide's source (YYYY-MM-DD or YYYY), null when the guide dates it nowhere. */
    date: dated?.date ?? null,
    dateLabel: dated?.printed ?? null,
    dateSource: dated?.source ?? null,
    section: item.section,
    ...cite(item),
  };
}

/**
 * The funding leads of the given categories, in the guide's order: only what the guide's
 * data marks as funding (money granted or lent: `isFunding`), never an insurance, a
 * guarantee, an operator or a support network. A category for which the guide names no
 * funding gets an empty list.
 */
export function fundingLeads(guide: Guide, categories: readonly CategoryCode[]) {
  return categories.map((category) => ({
    category,
    title: categoryName(guide, category),
    leads: guide.funding.items.filter((i) => i.isFunding && i.categories?.includes(category)).map((i) => lead(guide, i)),
  }));
}
