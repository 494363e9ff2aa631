import type { ReactNode } from 'react';
import { useGlossary } from './glossary-store';
import { splitAbbreviations, type TextPart } from './mark-abbreviations';

/** An abbreviation with its expansion, which browsers show on hover and screen readers can read. */
export function Abbr({ title, children }: { title: string; children: ReactNode }) {
  return <abbr title={title}>{children}</abbr>;
}

/** Text parts as React nodes: each abbreviation in an `<abbr>`. */
export function renderParts(parts: readonly TextPart[]): ReactNode[] {
  return parts.map((p, i) =>
    typeof p === 'string' ? (
      p
    ) : (
      <Abbr key={i} title={p.expansion}>
        {p.abbreviation}
      </Abbr>
    ),
  );
}

/** A text the app shows (advice, a quote of the guide, a heading), with the guide's abbreviations spelled out. */
export function WithAbbreviations({ text }: { text: string }) {
  const glossary = useGlossary();
  return <>{renderParts(splitAbbreviations(text, glossary?.matcher ?? null))}</>;
}
