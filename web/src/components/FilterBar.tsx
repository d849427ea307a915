/**
 * The filters that apply everywhere (and the level the overload view ranks): active ones as
 * removable chips, the rest behind a button.
 */
import { useEffect, useRef, useState } from 'react';
import { filterChips, type Narrowing } from '../lib/filters.ts';
import { deadlineKindLabel, levelLabel, MESSAGES, roleLabel, topicLabel, type Lang } from '../lib/i18n.ts';
import { EMPTY_FILTERS, hasFilters, type Filters } from '../lib/state.ts';
import { DEADLINE_KINDS, LEVELS, ROLES, TOPICS, type PlanInfo } from '../lib/vocabulary.ts';

interface Props {
  lang: Lang;
  narrowing: Narrowing;
  plans: readonly PlanInfo[];
  onChange: (narrowing: Narrowing) => void;
}

export function FilterBar({ lang, narrowing, plans, onChange }: Props) {
  const t = MESSAGES[lang];
  const [open, setOpen] = useState(false);
  const bar = useRef<HTMLDivElement>(null);
  // The panel closes as menus do: on Esc (focus back on its button) or a click anywhere outside it.
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      bar.current?.querySelector<HTMLButtonElement>('[data-testid="filters-toggle"]')?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (bar.current && !bar.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);
  const planTitle = (id: string) => plans.find((p) => p.id === id)?.title ?? id;
  const chips = filterChips(narrowing, lang, planTitle);
  return (
    <div className="filterbar" ref={bar}>
      <button
        type="button"
        className="button button--ghost"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        data-testid="filters-toggle"
      >
        {t.addFilter}
      </button>
      <ul className="chips" aria-label={t.filters}>
        {chips.length === 0 && <li className="chips__none">{t.noFilters}</li>}
        {chips.map((chip) => (
          <li key={chip.key} className="chip">
            {chip.label}
            <button
              type="button"
              className="chip__remove"
              aria-label={`${chip.label} ×`}
              onClick={() => onChange(chip.without)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {(hasFilters(narrowing.filters) || narrowing.level) && (
        <button
          type="button"
          className="button button--link"
          onClick={() => onChange({ filters: EMPTY_FILTERS, level: undefined })}
        >
          {t.clearFilters}
        </button>
      )}
      {open && <FilterPanel lang={lang} narrowing={narrowing} plans={plans} onChange={onChange} />}
    </div>
  );
}

function FilterPanel({ lang, narrowing, plans, onChange }: Props) {
  const t = MESSAGES[lang];
  const { filters, level } = narrowing;
  const set = (patch: Partial<Filters>) => onChange({ filters: { ...filters, ...patch }, level });
  // One topic and one deadline kind at a time here; a link may carry several, and the chips show them all.
  const one = <T,>(list: readonly T[], value: string | undefined): T[] => list.filter((x) => x === value);
  const toggle = <T,>(list: readonly T[], value: T): T[] =>
    list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  const byJurisdiction = Map.groupBy(plans, (p) => p.jurisdiction);
  return (
    <div className="filterpanel">
      <fieldset className="filterpanel__plans">
        <legend>{t.plan}</legend>
        {[...byJurisdiction].map(([jurisdiction, group]) => (
          <div key={jurisdiction} className="filterpanel__plan-group">
            <h5>{jurisdiction}</h5>
            {group.map((p) => (
              <label key={p.id} className="check">
                <input
                  type="checkbox"
                  checked={filters.plans.includes(p.id)}
                  onChange={() => set({ plans: toggle(filters.plans, p.id) })}
                />
                {p.title}
              </label>
            ))}
          </div>
        ))}
      </fieldset>
      <div className="filterpanel__column">
        <label className="field">
          {t.topic}
          <select value={filters.topics[0] ?? ''} onChange={(e) => set({ topics: one(TOPICS, e.target.value) })}>
            <option value="">{t.any}</option>
            {TOPICS.map((x) => (
              <option key={x} value={x}>
                {topicLabel(lang, x)}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="field">
          <legend>{t.role}</legend>
          {ROLES.map((r) => (
            <label key={r} className="check check--inline">
              <input
                type="checkbox"
                checked={filters.roles.includes(r)}
                onChange={() => set({ roles: toggle(filters.roles, r) })}
              />
              {roleLabel(lang, r)}
            </label>
          ))}
        </fieldset>
        <label className="field">
          {t.level}
          <select
            value={level ?? ''}
            onChange={(e) => onChange({ filters, level: LEVELS.find((x) => x === e.target.value) })}
          >
            <option value="">{t.any}</option>
            {LEVELS.map((x) => (
              <option key={x} value={x}>
                {levelLabel(lang, x)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t.deadline}
          <select
            value={filters.deadlineKinds[0] ?? ''}
            onChange={(e) => set({ deadlineKinds: one(DEADLINE_KINDS, e.target.value) })}
          >
            <option value="">{t.any}</option>
            {DEADLINE_KINDS.map((x) => (
              <option key={x} value={x}>
                {deadlineKindLabel(lang, x)}
              </option>
            ))}
          </select>
        </label>
        <div className="field field--row">
          <label>
            {t.dueFrom}
            <input
              type="date"
              value={filters.dueFrom ?? ''}
              onChange={(e) => set({ dueFrom: e.target.value || undefined })}
            />
          </label>
          <label>
            {t.dueTo}
            <input
              type="date"
              value={filters.dueTo ?? ''}
              onChange={(e) => set({ dueTo: e.target.value || undefined })}
            />
          </label>
        </div>
        <label className="check">
          <input
            type="checkbox"
            checked={filters.expandCollectives}
            onChange={() => set({ expandCollectives: !filters.expandCollectives })}
          />
          {t.expandCollectives}
        </label>
      </div>
    </div>
  );
}
