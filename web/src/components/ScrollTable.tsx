import type { ReactNode } from 'react';

/**
 * A table that scrolls sideways inside its own box when the screen is narrower than it, so
 * that the page itself never does. Keyboard users reach the box (tabindex) to scroll it, and
 * screen readers announce it by its label.
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
