/** Details of the clicked node: a unit's assignments by role and plan, or a measure in full. */
import type { ReactNode } from 'react';
import { MEASURE_PANEL, UNIT_PANEL } from '../api/queries.ts';
import { useExports } from '../exports.tsx';
import type { Expansions } from '../hooks/useExpansions.ts';
import { useQuery } from '../hooks/useQuery.ts';
import { ReviewedTag } from '../review/ReviewedTag.tsx';
import { confidenceLabel, kindLabel, levelLabel, MESSAGES, roleLabel, type Lang } from '../lib/i18n.ts';
import type { Selection } from '../lib/state.ts';
import { roleKey, ROLES, type AssignmentRow, type Confidence, type Filter } from '../lib/vocabulary.ts';
import { DeadlineText, SourceText } from './DutyText.tsx';
import { PersonPanel } from './PersonPanel.tsx';
import { ErrorMessage, Loading } from './Status.tsx';
import { MeasureReports } from '../supervision/MeasureReports.tsx';
import { Counterparts } from '../cascade/Counterparts.tsx';

interface Props {
  lang: Lang;
  selection: Selection;
  filter: Filter | undefined;
  expansions: Expansions;
  select: (selection: Selection | undefined) => void;
  /** Opens the 下达 view of a city measure. */
  onCascade?: (measureId: string) => void;
}

export function SidePanel(props: Props) {
  const t = MESSAGES[props.lang];
  return (
    <aside
      className="sidepanel"
      data-testid="side-panel"
      data-selection={`${props.selection.type}:${props.selection.id}`}
    >
      <button
        type="button"
        className="sidepanel__close"
        aria-label={t.closePanel}
        onClick={() => props.select(undefined)}
      >
        ×
      </button>
      {props.selection.type === 'measure' ? (
        <MeasurePanel {...props} />
      ) : props.selection.type === 'unit' ? (
        <UnitPanel {...props} />
      ) : (
        <PersonPanel {...props} />
      )}
    </aside>
  );
}

function UnitPanel({ lang, selection, filter, expansions, select }: Props) {
  const t = MESSAGES[lang];
  const { data, error, loading, retry } = useQuery(UNIT_PANEL, { unit: selection.id, filter });
  const { graphs } = useExports();
  if (error) return <ErrorMessage error={error} lang={lang} onRetry={retry} />;
  if (loading || !data) return <Loading lang={lang} />;
  const touches = data.touches[0];
  if (!touches) return null;
  const { unit } = touches;
  const graphId = graphs.graphContaining(unit.id);
  return (
    <div className="panel">
      <p className="panel__kicker">
        {unit.jurisdiction} · {levelLabel(lang, unit.level)} · {kindLabel(lang, unit.kind)}
      </p>
      <h3 className="panel__title">{unit.name}</h3>
      {!unit.known && <p className="panel__warning">{t.unknownName}</p>}
      {unit.aliases.length > 0 && <Field label={t.aliases}>{unit.aliases.join('、')}</Field>}
      <p className="panel__counts">
        <strong>{touches.measureCount}</strong> {t.measures} · <strong>{touches.counts.total}</strong> {t.assignments}
      </p>
      {unit.kind === 'COLLECTIVE' && (
        <Field label={t.members}>
          {unit.members.length === 0 ? (
            t.membersOpen
          ) : (
            <>
              <UnitLinks units={unit.members} select={select} />
              {graphId && (
                <button
                  type="button"
                  className="button"
                  onClick={() => void expansions.expandMembers(graphId, unit.id)}
                >
                  {t.expandMembers}
                </button>
              )}
            </>
          )}
        </Field>
      )}
      {unit.memberOf.length > 0 && (
        <Field label={t.memberOf}>
          <UnitLinks units={unit.memberOf} select={select} />
        </Field>
      )}
      <h4 className="panel__section">{t.unitPanelRoles}</h4>
      {ROLES.filter((r) => touches.counts[roleKey(r)] > 0).map((role) => (
        <section key={role} className="panel__role">
          <h5 className={`role-tag role-tag--${role.toLowerCase()}`}>
            {roleLabel(lang, role)} · {touches.counts[roleKey(role)]}
          </h5>
          {[
            ...Map.groupBy(
              touches.assignments.filter((a) => a.role === role),
              (a) => a.measure.plan.title,
            ),
          ].map(([plan, rows]) => (
            <div key={plan} className="panel__plan">
              <h6>{plan}</h6>
              <ul className="duties">
                {rows.map((a) => (
                  <DutyItem key={a.id} a={a} unitName={unit.name} lang={lang} select={select} />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}

function DutyItem({
  a,
  unitName,
  lang,
  select,
}: {
  a: AssignmentRow;
  unitName: string;
  lang: Lang;
  select: Props['select'];
}) {
  const t = MESSAGES[lang];
  return (
    <li className="duty">
      <button
        type="button"
        className="duty__text"
        onClick={() => select({ type: 'measure', id: a.measure.id })}
        title={a.measure.text}
      >
        <span className="duty__seq">{a.measure.task.seq}</span>
        {excerpt(a.measure.text, 90)}
      </button>
      <div className="duty__meta">
        <DeadlineText deadline={a.measure.deadline} lang={lang} />
        {a.asWritten !== unitName && (
          <span>
            {t.asWritten}
            {t.colon}
            {a.asWritten}
          </span>
        )}
        {a.via && (
          <span>
            {t.via} {a.via.name}
          </span>
        )}
        <ConfidenceTag confidence={a.confidence} reason={a.uncertain} lang={lang} />
        <SourceText source={a.source} plan={a.measure.plan} lang={lang} />
      </div>
    </li>
  );
}

function MeasurePanel({ lang, selection, select, onCascade }: Props) {
  const t = MESSAGES[lang];
  const { data, error, loading, retry } = useQuery(MEASURE_PANEL, { id: selection.id });
  if (error) return <ErrorMessage error={error} lang={lang} onRetry={retry} />;
  if (loading || !data) return <Loading lang={lang} />;
  const m = data.measure;
  if (!m) return null;
  return (
    <div className="panel" data-testid="measure-panel">
      <p className="panel__kicker">
        {m.plan.jurisdiction} · {m.plan.title}
      </p>
      <h3 className="panel__title panel__title--small">
        {t.task} {m.task.seq}
        {t.colon}
        {m.task.title}
      </h3>
      <Field label={t.measureText}>
        <p className="panel__text" data-testid="measure-text">
          {m.text}
        </p>
      </Field>
      <Field label={t.deadlineLabel}>
        <span data-testid="measure-deadline">
          <DeadlineText deadline={m.deadline} lang={lang} />
        </span>
      </Field>
      {m.section && <Field label={t.section}>{m.section.path.join(' / ')}</Field>}
      <Field label={t.source}>
        <SourceText source={m.source} plan={m.plan} lang={lang} />
      </Field>
      <MeasureReports lang={lang} measureId={m.id} />
      <h4 className="panel__section">{t.parties}</h4>
      <ul className="parties">
        {m.assignments.map((a) => (
          <li key={a.id} className="party">
            <span className={`role-tag role-tag--${a.role.toLowerCase()}`}>{roleLabel(lang, a.role)}</span>
            <button
              type="button"
              className="party__name"
              onClick={() => select({ type: 'level' in a.party ? 'unit' : 'person', id: a.party.id })}
            >
              {a.party.name}
            </button>
            <span className="party__meta">
              {a.party.jurisdiction}
              {a.asWritten !== a.party.name && ` · ${t.asWritten}${t.colon}${a.asWritten}`}
              {a.via && ` · ${t.via} ${a.via.name}`}
            </span>
            <ConfidenceTag confidence={a.confidence} reason={a.uncertain} lang={lang} />
            {a.reviewed && <ReviewedTag reviewed={a.reviewed} lang={lang} />}
            {a.evidence.basis !== 'LAYOUT' && (
              <span
                className={`party__evidence party__evidence--${a.evidence.basis.toLowerCase()}`}
                title={t.evidenceLabel}
              >
                {a.evidence.text}
              </span>
            )}
          </li>
        ))}
      </ul>
      <Counterparts
        measureId={m.id}
        lang={lang}
        onMeasure={(id) => select({ type: 'measure', id })}
        onCascade={(id) => onCascade?.(id)}
      />
    </div>
  );
}

/**
 * How sure the reading is, for likely and unclear ones (certain needs no tag); the reason, in the
 * ingest's words, on hover.
 */
function ConfidenceTag({ confidence, reason, lang }: { confidence: Confidence; reason: string | null; lang: Lang }) {
  if (confidence === 'CERTAIN') return null;
  return (
    <span
      className={`confidence-tag confidence-tag--${confidence.toLowerCase()}`}
      data-confidence={confidence}
      title={reason ?? undefined}
    >
      {confidenceLabel(lang, confidence)}
    </span>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="field-view">
      <div className="field-view__label">{label}</div>
      <div className="field-view__value">{children}</div>
    </div>
  );
}

function UnitLinks({ units, select }: { units: readonly { id: string; name: string }[]; select: Props['select'] }) {
  return (
    <span className="unit-links">
      {units.map((u) => (
        <button
          key={u.id}
          type="button"
          className="button button--chip"
          onClick={() => select({ type: 'unit', id: u.id })}
        >
          {u.name}
        </button>
      ))}
    </span>
  );
}

function excerpt(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
