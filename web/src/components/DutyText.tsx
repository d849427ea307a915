/** How a duty's deadline and source read, wherever a duty is listed (side panel, 责任清单). */
import { deadlineKindLabel, MESSAGES, type Lang } from '../lib/i18n.ts';
import type { Deadline, Source } from '../lib/vocabulary.ts';

/** A clock drawn by the app itself: the ⏱ emoji is a missing-glyph box where no emoji font is installed. */
export function ClockIcon() {
  return (
    <svg className="icon" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <circle cx="6" cy="6" r="5" fill="none" stroke="currentColor" strokeWidth="1.3" />
      <path d="M6 3v3l2 1.5" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinecap="round" />
    </svg>
  );
}

export function DeadlineText({ deadline, lang }: { deadline: Deadline; lang: Lang }) {
  const t = MESSAGES[lang];
  return (
    <span className="deadline" title={deadlineKindLabel(lang, deadline.kind)}>
      <ClockIcon /> {deadline.text || t.noDeadline}
      {deadline.due && deadline.due !== deadline.text && <small> ({deadline.due})</small>}
    </span>
  );
}

export interface SourcePlan {
  title: string;
  seed: { docNumber: string | null };
}

/** Where a duty is printed: 《plan》(document number), line N; the seed file's name only as a tooltip. */
export function sourceText(source: Source, plan: SourcePlan | undefined, lang: Lang): string {
  const t = MESSAGES[lang];
  const lines =
    source.lastLine !== source.firstLine
      ? t.sourceLines(source.firstLine, source.lastLine)
      : t.sourceLine(source.firstLine);
  if (!plan) return `${source.file} ${lines}`;
  const doc = plan.seed.docNumber ? t.docNumber(plan.seed.docNumber) : '';
  return `${t.planTitle(plan.title)}${doc} ${lines}`;
}

export function SourceText({ source, plan, lang }: { source: Source; plan?: SourcePlan; lang: Lang }) {
  return (
    <span className="source" title={source.file}>
      {sourceText(source, plan, lang)}
    </span>
  );
}
