import type { ReactElement } from 'react';
import { render } from '@react-email/render';

/** A message's two bodies from one template: the HTML, and the plain text derived from it (headings kept in their case). */
export async function renderMail(element: ReactElement): Promise<{ html: string; text: string }> {
  const [html, text] = await Promise.all([
    render(element),
    render(element, { plainText: true, htmlToTextOptions: { selectors: [{ selector: 'h1', options: { uppercase: false } }, { selector: 'h2', options: { uppercase: false } }] } }),
  ]);
  return { html, text };
}
