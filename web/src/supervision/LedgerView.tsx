/**
 * 台账: every measure under the filters with its light at the as-of date (in the URL), as a table
 * to sort and filter, the deadline timeline by due month stacked by light, and exports to Excel
 * (.xlsx, through exceljs, loaded only when asked) and CSV.
 */
import { useMemo, useState } from 'react';
import { gql } from '../api/client.ts';
import { exportFileName, toCsv, type Table } from '../lib/csv.ts';
import type { LedgerQuery } from '../generated/graphql.ts';
import type { ViewProps } from '../views/ViewProps.ts';
import { LEDGER } from './queries.ts';
import { LIGHT_COLOURS, LIGHT_ORDER, SUPERVISION_MESSAGES, todayInBeijing } from './messages.ts';
import { useSession } from './session.tsx';
import { Timeline } from './Timeline.tsx';
import { useFresh } from './useFresh.ts';

type Ledger = LedgerQuery['ledger'];
export type LedgerRow = Ledger['edges'][number]['node'];

/** Every row, a page of 1000 at a time (the seeds have 785 measures). */
async function wholeLedger(variables: { filter: ViewProps['filter']; asOf: string }): Promise<Ledger> {
  let page = (await gql(LEDGER, { ...variables, first: 1000 })).ledger;
  const edges = [...page.edges];
  while (page.pageInfo.hasNextPage) {
    page = (await gql(LEDGER, { ...variables, first: 1000, after: page.pageInfo.endCursor })).ledger;
    edges.push(...page.edges);
  }
  return { ...page, edges };
}

type SortKey = 'light' | 'due' | 'overdue' | 'plan' | 'lead' | 'report';
const lightRank = (light: string) => LIGHT_ORDER.indexOf(light as (typeof LIGHT_ORDER)[number]);
const SORTS: Record<SortKey, (a: LedgerRow, b: LedgerRow) => number> = {
  light: (a, b) => lightRank(a.light) - lightRank(b.light) || b.overdueDays - a.overdueDays,
  due: (a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999'),
  overdue: (a, b) => b.overdueDays - a.overdueDays,
  plan: (a, b) => a.measure.plan.title.localeCompare(b.measure.plan.title, 'zh'),
  lead: (a, b) => (a.leads[0]?.name ?? '').localeCompare(b.leads[0]?.name ?? '', 'zh'),
  report: (a, b) => (b.lastReport?.asOf ?? '').localeCompare(a.lastReport?.asOf ?? ''),
};

export function ledgerTable(rows: LedgerRow[], lang: ViewProps['state']['lang']): Table {
  const t = SUPERVISION_MESSAGES[lang];
  return {
    columns: [t.light, t.plan, t.measure, t.due, t.overdue, t.leads, t.reason, t.lastReport],
    rows: rows.map((r) => [
      t.lights[r.light],
      r.measure.plan.title,
      `${r.measure.task.seq} ${r.measure.text}`,
      r.due ?? r.measure.deadline.text,
      r.overdueDays || '',
      r.leads.map((u) => u.name).join('、'),
      r.reason,
      r.lastReport ? `${r.lastReport.asOf} ${t.statuses[r.lastReport.status]} (${r.lastReport.by})` : '',
    ]),
  };
}

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function exportXlsx(table: Table, rows: LedgerRow[], name: string): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'dutygraph 责任图谱';
  const sheet = book.addWorksheet('台账', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((header, i) => ({ header, width: [6, 28, 60, 12, 8, 24, 40, 28][i] }));
  sheet.getRow(1).font = { bold: true };
  table.rows.forEach((row, i) => {
    const added = sheet.addRow(row);
    const colour = LIGHT_COLOURS[rows[i]!.light]!.slice(1).toUpperCase();
    added.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${colour}` } };
  });
  sheet.autoFilter = { from: 'A1', to: { row: 1, column: table.columns.length } };
  const buffer = await book.xlsx.writeBuffer();
  save(new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), name);
}

export function LedgerView({ state, setState, filter }: ViewProps) {
  const t = SUPERVISION_MESSAGES[state.lang];
  const { version } = useSession();
  const asOf = state.asOf ?? todayInBeijing();
  const ledger = useFresh(() => wholeLedger({ filter, asOf }), JSON.stringify({ filter, asOf }), version);
  const [text, setText] = useState('');
  const [lights, setLights] = useState<string[]>([]);
  const [sort, setSort] = useState<SortKey>('light');

  const rows = useMemo(() => {
    const all = ledger.data?.edges.map((e) => e.node) ?? [];
    const key = text.replace(/\s+/g, '');
    return all
      .filter((r) => lights.length === 0 || lights.includes(r.light))
      .filter(
        (r) =>
          !key ||
          r.measure.text.includes(key) ||
          r.reason.includes(key) ||
          r.measure.plan.title.includes(key) ||
          r.leads.some((u) => u.name.includes(key)) ||
          r.responsible.some((u) => u.name.includes(key)),
      )
      .sort(SORTS[sort]);
  }, [ledger.data, text, lights, sort]);
  const table = useMemo(() => ledgerTable(rows, state.lang), [rows, state.lang]);
  const fileName = (ext: string) => exportFileName(['dutygraph', '台账', asOf], ext);

  const header = (key: SortKey | null, label: string) => (
    <th scope="col" aria-sort={key === sort ? 'ascending' : undefined}>
      {key ? (
        <button type="button" className="ledger__sort" onClick={() => setSort(key)} data-testid={`sort-${key}`}>
          {label}
          {key === sort && ' ▲'}
        </button>
      ) : (
        label
      )}
    </th>
  );
  const open = (id: string) => setState((s) => ({ ...s, selected: { type: 'measure', id } }), { replace: true });

  return (
    <div className="ledger" data-testid="ledger-view">
      <div className="ledger__toolbar">
        <label>
          {t.asOf}{' '}
          <input
            type="date"
            value={asOf}
            onChange={(e) => setState((s) => ({ ...s, asOf: e.target.value || undefined }), { replace: true })}
            data-testid="as-of"
          />
        </label>
        <button
          type="button"
          className="button button--ghost"
          onClick={() => setState((s) => ({ ...s, asOf: undefined }))}
        >
          {t.today}
        </button>
        <div className="ledger__lights" role="group" aria-label={t.light}>
          {LIGHT_ORDER.map((light) => (
            <button
              key={light}
              type="button"
              aria-pressed={lights.includes(light)}
              className={`light-chip light-chip--${light.toLowerCase()}`}
              title={t.lightHint[light]}
              onClick={() => setLights((ls) => (ls.includes(light) ? ls.filter((l) => l !== light) : [...ls, light]))}
              data-testid={`light-${light.toLowerCase()}`}
            >
              {t.lights[light]}{' '}
              <strong data-testid={`count-${light.toLowerCase()}`}>
                {ledger.data?.counts[light.toLowerCase() as 'red'] ?? '…'}
              </strong>
            </button>
          ))}
        </div>
        <input
          type="search"
          className="ledger__search"
          placeholder={t.search}
          value={text}
          onChange={(e) => setText(e.target.value)}
          data-testid="ledger-search"
        />
        <button
          type="button"
          className="button button--ghost"
          disabled={!ledger.data}
          onClick={() => save(new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }), fileName('csv'))}
          data-testid="ledger-csv"
        >
          {t.exportCsv}
        </button>
        <button
          type="button"
          className="button"
          disabled={!ledger.data}
          onClick={() => void exportXlsx(table, rows, fileName('xlsx'))}
          data-testid="ledger-xlsx"
        >
          {t.exportXlsx}
        </button>
      </div>
      {ledger.error !== undefined && (
        <p className="ledger__error" role="alert">
          {t.failed}
          {ledger.error instanceof Error ? ledger.error.message : String(ledger.error)}
        </p>
      )}
      {!ledger.data && ledger.loading && <p>{t.loading}</p>}
      {ledger.data && (
        <>
          <Timeline lang={state.lang} months={ledger.data.byMonth} />
          <p className="ledger__count" data-testid="ledger-count">
            {t.rows(rows.length, ledger.data.totalCount)}
          </p>
          <div className="ledger__scroll">
            <table className="ledger__table" data-testid="ledger-table">
              <thead>
                <tr>
                  {header('light', t.light)}
                  {header('plan', t.plan)}
                  {header(null, t.measure)}
                  {header('due', t.due)}
                  {header('overdue', t.overdue)}
                  {header('lead', t.leads)}
                  {header(null, t.reason)}
                  {header('report', t.lastReport)}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr
                    key={r.measure.id}
                    data-testid="ledger-row"
                    data-measure={r.measure.id}
                    data-light={r.light}
                    tabIndex={0}
                    onClick={() => open(r.measure.id)}
                    onKeyDown={(e) => e.key === 'Enter' && open(r.measure.id)}
                  >
                    <td>
                      <span className={`light-dot light-dot--${r.light.toLowerCase()}`} title={t.lights[r.light]} />
                      <span className="visually-hidden">{t.lights[r.light]}</span>
                    </td>
                    <td>{r.measure.plan.title}</td>
                    <td className="ledger__measure" title={r.measure.text}>
                      {r.measure.task.seq}{' '}
                      {r.measure.text.length > 80 ? `${r.measure.text.slice(0, 80)}…` : r.measure.text}
                    </td>
                    <td>{r.due ?? r.measure.deadline.text}</td>
                    <td>{r.overdueDays || ''}</td>
                    <td>{r.leads.map((u) => u.name).join('、')}</td>
                    <td>{r.reason}</td>
                    <td>
                      {r.lastReport && `${r.lastReport.asOf} ${t.statuses[r.lastReport.status]}（${r.lastReport.by}）`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
