/** In a measure's side panel: a reading a reviewer settled (issue 17), with who and the note. */
import type { Lang } from '../lib/i18n.ts';
import { REVIEW_MESSAGES } from './messages.ts';
import './review.css';

interface Reviewed {
  by: string;
  at: string;
  note?: string | null;
}

export function ReviewedTag({ reviewed, lang }: { reviewed: Reviewed; lang: Lang }) {
  const t = REVIEW_MESSAGES[lang];
  return (
    <span
      className="reviewed-tag"
      data-testid="reviewed-tag"
      title={`${reviewed.at.slice(0, 10)}${reviewed.note ? ` · ${reviewed.note}` : ''}`}
    >
      {t.reviewedBy(reviewed.by)}
      {reviewed.note && <span className="reviewed-tag__note">：{reviewed.note}</span>}
    </span>
  );
}
