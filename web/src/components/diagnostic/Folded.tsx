import type { ReactNode } from 'react';

interface Props {
  summary: ReactNode;
  children: ReactNode;
  /** What paper shows instead: a compact form, or nothing. */
  printed: ReactNode;
  /** False for a list short enough to stay open on screen. */
  fold?: boolean;
}

/**
 * A long part of the report: closed under its summary on screen, and on paper replaced by
 * its compact form (the report prints in as few A4 pages as its content needs).
 */
export function Folded({ summary, children, printed, fold = true }: Props) {
  return (
    <>
      {fold ? (
        <details className="folded no-print">
          <summary>{summary}</summary>
          {children}
        </details>
      ) : (
        <div className="no-print">{children}</div>
      )}
      {printed && <div className="print-only">{printed}</div>}
    </>
  );
}
