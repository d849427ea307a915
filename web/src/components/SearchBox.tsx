/**
 * Search with autocomplete over unit names, aliases and person names (the API's `suggest`).
 * A name several units share (区城市管理委) is offered once for all of them, then one by one.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { SUGGEST } from '../api/queries.ts';
export type { Choice };
import { useQuery } from '../hooks/useQuery.ts';
import { choiceKey, toChoices, type Choice } from '../lib/choices.ts';
import { levelLabel, MESSAGES, type Lang } from '../lib/i18n.ts';

interface Props {
  lang: Lang;
  placeholder: string;
  onChoose: (choice: Choice) => void;
  /** Offer a shared name as one choice (the focus view shows its units side by side). */
  offerShared?: boolean;
  testId?: string;
  initialText?: string;
  /** Keep the chosen unit's district in the box (the path pickers: 区水务局 is a unit in several districts). */
  withJurisdiction?: boolean;
}

export function SearchBox({
  lang,
  placeholder,
  onChoose,
  offerShared = false,
  testId,
  initialText = '',
  withJurisdiction = false,
}: Props) {
  const t = MESSAGES[lang];
  const listId = useId();
  const [text, setText] = useState(initialText);
  const [debounced, setDebounced] = useState(initialText);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  useEffect(() => setText(initialText), [initialText]);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(text.trim()), 120);
    return () => clearTimeout(timer);
  }, [text]);

  const { data, error } = useQuery(SUGGEST, debounced ? { text: debounced } : null);
  const choices = useMemo(() => toChoices(data?.suggest ?? [], offerShared), [data, offerShared]);
  useEffect(() => setActive(0), [choices]);

  const choose = (choice: Choice | undefined) => {
    if (!choice) return;
    setOpen(false);
    setText(
      choice.kind === 'shared'
        ? choice.name
        : withJurisdiction
          ? `${choice.suggestion.name}（${choice.suggestion.jurisdiction}）`
          : choice.suggestion.name,
    );
    onChoose(choice);
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, choices.length - 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (e.key === 'Enter') choose(choices[active]);
    else if (e.key === 'Escape') setOpen(false);
    else return;
    e.preventDefault();
    setOpen(e.key !== 'Escape' && e.key !== 'Enter');
  };

  const showList = open && debounced !== '' && text.trim() !== '';
  return (
    <div className="search">
      <input
        type="search"
        className="search__input"
        value={text}
        placeholder={placeholder}
        aria-label={placeholder}
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        data-testid={testId}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <ul className="search__list" id={listId} role="listbox">
          {error !== undefined && <li className="search__empty">{t.networkError}</li>}
          {data && choices.length === 0 && <li className="search__empty">{t.searchNoMatch}</li>}
          {choices.map((choice, i) => (
            <li
              key={choiceKey(choice)}
              role="option"
              aria-selected={i === active}
              className={`search__option${i === active ? ' search__option--active' : ''}`}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={() => choose(choice)}
            >
              <ChoiceLabel choice={choice} lang={lang} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function ChoiceLabel({ choice, lang }: { choice: Choice; lang: Lang }) {
  const t = MESSAGES[lang];
  if (choice.kind === 'shared') {
    return (
      <>
        <span className="search__name">{choice.name}</span>
        <span className="search__meta">{choice.jurisdictions.join(' · ')}</span>
        <span className="badge badge--shared">{t.sharedBy(choice.jurisdictions.length)}</span>
      </>
    );
  }
  const s = choice.suggestion;
  return (
    <>
      <span className="search__name">{s.name}</span>
      <span className="search__meta">
        {s.jurisdiction}
        {s.level ? ` · ${levelLabel(lang, s.level)}` : s.type === 'PERSON' ? ` · ${t.personNode}` : ''}
        {s.matched && s.matched !== s.name ? ` · ${s.matched}` : ''}
      </span>
    </>
  );
}
