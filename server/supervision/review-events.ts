/**
 * Review events (issue 17) as both supervision stores keep them: the fields a store queries by (id,
 * time, account, kind, the measure and the event it follows up) as columns or properties, and the
 * whole event as JSON, so a field the model adds needs no change to either store's schema.
 */
import type { NewReviewEvent, ReviewEvent } from '../model/review.ts';

export interface StoredReviewEvent {
  id: string;
  at: string;
  by: string;
  kind: string;
  /** The measure the decision is about; '' for a follow-up. */
  measureId: string;
  /** The event undone, accepted or rejected; '' for a decision. */
  target: string;
  payload: string;
}

export function storedEvent(event: NewReviewEvent, id: string, at: string): StoredReviewEvent {
  const recorded: ReviewEvent = { ...event, id, at };
  return {
    id,
    at,
    by: event.by,
    kind: event.kind,
    measureId: event.reading?.measureId ?? '',
    target: event.target ?? '',
    payload: JSON.stringify(recorded),
  };
}

export const reviewEventOf = (stored: { payload: string }): ReviewEvent => JSON.parse(stored.payload) as ReviewEvent;
