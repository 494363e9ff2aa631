/**
 * The house's French typography as checks: what is wrong in a text, as short French names,
 * so that a failing test lists each text with its faults.
 */

/** Each rule: its name, and the pattern that finds it broken. */
type Rule = readonly [name: string, broken: RegExp];

/**
 * Faults any French text can show, whatever else it holds: an ordinary space (U+0020)
 * before « : ; ! ? » » % € » or after « « », a straight apostrophe between two letters,
 * thousands separated by an ordinary space. A text that is only partly ours (a fragment of a
 * sentence, a message with values put in) is judged by these, since what surrounds it is
 * unknown.
 */
const PLAIN_SPACE_RULES: readonly Rule[] = [
  ['espace ordinaire avant « : ; ! ? » »', / [:;!?»]/],
  ['espace ordinaire après « « »', /« /],
  ['espace ordinaire avant « % » ou « € »', / [%€]/],
  ['apostrophe droite', /\p{L}'\p{L}/u],
  ['milliers séparés par une espace ordinaire', /\d \d{3}(?!\d)/],
];

/**
 * Faults of a whole text we wrote (a title, a label, a help text): every « : ; ! ? » » has a
 * narrow no-break space (U+202F) before it, every « « » one after it, every « % » and « € »
 * a no-break space (U+00A0) before it; no straight apostrophe or quotation mark; « … » rather
 * than three dots.
 */
const WHOLE_TEXT_RULES: readonly Rule[] = [
  ['pas d’espace fine insécable avant « : ; ! ? »', /[^\u202f][:;!?]/],
  ['pas d’espace fine insécable avant « » »', /[^\u202f]»/],
  ['pas d’espace fine insécable après « « »', /«[^\u202f]/],
  ['pas d’espace insécable avant « % » ou « € »', /[^\u00a0][%€]/],
  ['apostrophe ou guillemet droits', /['"]/],
  ['trois points au lieu de « … »', /\.\.\./],
  ['milliers séparés par une espace ordinaire', /\d \d{3}(?!\d)/],
];

const faultsOf = (rules: readonly Rule[], text: string) => rules.filter(([, broken]) => broken.test(text)).map(([name]) => name);

/** See `PLAIN_SPACE_RULES`: for fragments and texts with values put in. */
export function plainSpaceFaults(text: string): string[] {
  return faultsOf(PLAIN_SPACE_RULES, text);
}

/** See `WHOLE_TEXT_RULES`: for whole texts we wrote. */
export function typographyFaults(text: string): string[] {
  return faultsOf(WHOLE_TEXT_RULES, text);
}

/** Texts with their faults, one line each (« where: text — faults »), for a test's failure message. */
export function describeFaults(texts: readonly { where: string; text: string }[], faults: (text: string) => string[]): string[] {
  return texts.flatMap(({ where, text }) => {
    const found = faults(text);
    return found.length === 0 ? [] : [`${where}: ${JSON.stringify(text)} — ${found.join(', ')}`];
  });
}
