/** The header: name, search, view tabs, exports and the language switch. */
import { MESSAGES, type Lang } from '../lib/i18n.ts';
import type { View } from '../lib/state.ts';
import { SearchBox, type Choice } from './SearchBox.tsx';
import { CASCADE_MESSAGES } from '../cascade/messages.ts';
import { REVIEW_MESSAGES } from '../review/messages.ts';
import { SUPERVISION_MESSAGES } from '../supervision/messages.ts';
import { AccountMenu } from '../supervision/session.tsx';

interface Props {
  lang: Lang;
  view: View;
  canExportCsv: boolean;
  /** 导出图片 needs a drawn graph (none on the landing page). */
  canExportPng: boolean;
  /** The unit shown, so the search box says what you arrived at (from a link or a ranking row). */
  searchText: string;
  onSearch: (choice: Choice) => void;
  onView: (view: View) => void;
  onExportPng: () => void;
  onExportCsv: () => void;
  onLang: (lang: Lang) => void;
}

export function Header({
  lang,
  view,
  canExportCsv,
  canExportPng,
  searchText,
  onSearch,
  onView,
  onExportPng,
  onExportCsv,
  onLang,
}: Props) {
  const t = MESSAGES[lang];
  const tabs: [View, string][] = [
    ['focus', t.viewFocus],
    ['overload', t.viewOverload],
    ['path', t.viewPath],
    ['ledger', SUPERVISION_MESSAGES[lang].viewLedger],
    ['cascade', CASCADE_MESSAGES[lang].viewCascade],
    ['changes', CASCADE_MESSAGES[lang].viewChanges],
    ['review', REVIEW_MESSAGES[lang].viewReview],
  ];
  return (
    <header className="header">
      <div className="header__brand">
        <span className="header__logo" aria-hidden="true">
          责
        </span>
        <div>
          <h1>{t.appName}</h1>
          <p>{t.appTagline}</p>
        </div>
      </div>
      <div className="header__search">
        <SearchBox
          lang={lang}
          placeholder={t.searchPlaceholder}
          onChoose={onSearch}
          offerShared
          testId="search"
          initialText={searchText}
        />
      </div>
      <nav className="tabs" role="tablist">
        {tabs.map(([id, label]) => (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={view === id}
            className={`tabs__tab${view === id ? ' tabs__tab--active' : ''}`}
            onClick={() => onView(id)}
            data-testid={`tab-${id}`}
          >
            {label}
          </button>
        ))}
      </nav>
      <div className="header__actions">
        <button
          type="button"
          className="button button--ghost"
          onClick={onExportPng}
          disabled={!canExportPng}
          data-testid="export-png"
        >
          {t.exportPng}
        </button>
        <button
          type="button"
          className="button button--ghost"
          onClick={onExportCsv}
          disabled={!canExportCsv}
          data-testid="export-csv"
        >
          {t.exportCsv}
        </button>
        <button
          type="button"
          className="button button--lang"
          onClick={() => onLang(lang === 'zh' ? 'en' : 'zh')}
          data-testid="lang"
        >
          {t.language}
        </button>
        <AccountMenu lang={lang} />
      </div>
    </header>
  );
}
