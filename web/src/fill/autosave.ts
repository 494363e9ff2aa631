import type { Model } from 'survey-core';

/** How a draft is sent. */
export interface DraftSave {
  /** Saved as the respondent types: the page says when it is done, not that it started. */
  quiet: boolean;
  /** Sent as the page goes away: the request must outlive it. */
  keepalive: boolean;
}

/** Quiet for that long after the last change, the draft is saved. */
const AFTER_LAST_CHANGE_MS = 1500;

/**
 * Saves a draft as the respondent answers: 1,5 s after the last change, at once on a page
 * change, and when the tab is hidden or the page left. Returns what stops it.
 */
export function autosave(model: Model, saveDraft: (how: DraftSave) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let changed = false;
  const flush = (how: DraftSave) => {
    clearTimeout(timer);
    if (!changed) return;
    changed = false;
    saveDraft(how);
  };
  const onChange = () => {
    changed = true;
    clearTimeout(timer);
    timer = setTimeout(() => flush({ quiet: true, keepalive: false }), AFTER_LAST_CHANGE_MS);
  };
  // A page change always saves: it is where a new response gets its private link.
  const onPageChange = () => {
    changed = true;
    flush({ quiet: false, keepalive: false });
  };
  const onHidden = () => {
    if (document.visibilityState === 'hidden') flush({ quiet: true, keepalive: true });
  };
  const onLeave = () => {
    // A number or text still being typed reaches SurveyJS when its field loses the focus.
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    flush({ quiet: true, keepalive: true });
  };
  model.onValueChanged.add(onChange);
  model.onCurrentPageChanged.add(onPageChange);
  document.addEventListener('visibilitychange', onHidden);
  window.addEventListener('pagehide', onLeave);
  return () => {
    clearTimeout(timer);
    model.onValueChanged.remove(onChange);
    model.onCurrentPageChanged.remove(onPageChange);
    document.removeEventListener('visibilitychange', onHidden);
    window.removeEventListener('pagehide', onLeave);
  };
}
