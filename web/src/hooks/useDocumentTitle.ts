import { useEffect } from 'react';

const SITE = 'Observatoire AICT';

/**
 * Names the browser tab (and what a screen reader announces when a page opens) after the
 * page: "Les chiffres du guide · Observatoire AICT". Null keeps the site's name alone.
 */
export function useDocumentTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · ${SITE}` : SITE;
  }, [title]);
}
