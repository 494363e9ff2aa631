import { useEffect, useState } from 'react';
import type { Model } from 'survey-core';

/** The page of a paged questionnaire the respondent is on, as the step heading tells it. */
export interface CurrentPage {
  name: string;
  /** 1 for the first visible page. */
  number: number;
  /** Visible pages: conditions may hide some. */
  count: number;
  title: string;
  description: string;
}

function currentPageOf(model: Model): CurrentPage {
  const page = model.currentPage;
  return {
    name: page?.name ?? '',
    number: model.currentPageNo + 1,
    count: model.visiblePageCount,
    title: page?.title ?? '',
    description: page?.description ?? '',
  };
}

/** Follows the model's current page, and how many pages are visible (null: no model yet). */
export function useCurrentPage(model: Model | null): CurrentPage | null {
  // The page is read from the model at each render; its events only ask for one.
  const [, rerender] = useState(0);
  useEffect(() => {
    if (!model) return;
    const update = () => rerender((n) => n + 1);
    model.onCurrentPageChanged.add(update);
    model.onPageVisibleChanged.add(update);
    return () => {
      model.onCurrentPageChanged.remove(update);
      model.onPageVisibleChanged.remove(update);
    };
  }, [model]);
  return model ? currentPageOf(model) : null;
}
