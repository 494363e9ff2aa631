import { useEffect, useRef } from 'react';
import type { CurrentPage } from '../../hooks/useCurrentPage';
import { stepTitle } from '../../fill/step-title';

/**
 * "Étape 2 sur 5 — Vos actions", with a bar: where the respondent is. After each page
 * change the focus moves here, so that keyboard and screen reader users start the new page
 * at its top instead of below the buttons they pressed; Tab then leads into the questions.
 */
export function StepHeading({ page }: { page: CurrentPage }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = useRef(page.name);
  useEffect(() => {
    if (shown.current === page.name) return;
    shown.current = page.name;
    heading.current?.focus({ preventScroll: true });
    heading.current?.scrollIntoView({ block: 'start' });
  }, [page.name]);
  return (
    <div className="fill-step">
      <h2 ref={heading} tabIndex={-1}>
        <span className="fill-step-count">
          Étape {page.number} sur {page.count}
        </span>
        {' — '}
        <span className="fill-step-title">{stepTitle(page.title)}</span>
      </h2>
      <progress className="fill-step-bar" max={page.count} value={page.number} aria-hidden="true" />
      {page.description && <p className="fill-step-description">{page.description}</p>}
    </div>
  );
}
