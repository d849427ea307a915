/**
 * 责任清单: one unit's duties by plan and role, with deadlines and where each is printed, laid out
 * for A4. Hidden on screen; 打印责任清单 marks which unit to print and opens the print dialog
 * (print.css shows only that list).
 */
import { MESSAGES, roleLabel, type Lang } from '../lib/i18n.ts';
import { ROLES, roleKey, type TouchesDetail } from '../lib/vocabulary.ts';
import { sourceText } from './DutyText.tsx';
import './print.css';

/** Prints the 责任清单 of `unitId` (and nothing else). */
export function printDutyList(unitId: string): void {
  const list = document.querySelector(`.duty-list[data-unit-id="${CSS.escape(unitId)}"]`);
  if (!list) return;
  document.body.dataset.printDuties = unitId;
  list.classList.add('duty-list--printing');
  const done = () => {
    delete document.body.dataset.printDuties;
    list.classList.remove('duty-list--printing');
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}

export function DutyList({ touches, lang }: { touches: TouchesDetail; lang: Lang }) {
  const t = MESSAGES[lang];
  const { unit, counts, assignments } = touches;
  const plans = [...Map.groupBy(assignments, (a) => a.measure.plan.title)];
  return (
    <section className="duty-list" data-unit-id={unit.id} aria-label={t.dutyListTitle(unit.name)}>
      <h1 className="duty-list__title">{t.dutyListTitle(unit.name)}</h1>
      <p className="duty-list__meta">
        {unit.jurisdiction} · {touches.measureCount} {t.measures} ·{' '}
        {ROLES.filter((r) => counts[roleKey(r)] > 0)
          .map((r) => `${roleLabel(lang, r)} ${counts[roleKey(r)]}`)
          .join(' · ')}{' '}
        · {t.printedOn(new Date().toISOString().slice(0, 10))}
      </p>
      {plans.map(([plan, rows]) => (
        <section key={plan} className="duty-list__plan">
          <h2>{plan}</h2>
          {ROLES.filter((r) => rows.some((a) => a.role === r)).map((role) => (
            <table key={role} className="duty-list__table">
              <caption>
                {roleLabel(lang, role)} · {rows.filter((a) => a.role === role).length}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t.seq}</th>
                  <th scope="col">{t.measure}</th>
                  <th scope="col">{t.deadlineLabel}</th>
                  <th scope="col">{t.source}</th>
                </tr>
              </thead>
              <tbody>
                {rows
                  .filter((a) => a.role === role)
                  .map((a) => (
                    <tr key={a.id}>
                      <td>{a.measure.task.seq}</td>
                      <td>{a.measure.text}</td>
                      <td>{a.measure.deadline.text || t.noDeadline}</td>
                      <td>{sourceText(a.source, undefined, lang).replace(`${a.source.file} `, '')}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          ))}
        </section>
      ))}
    </section>
  );
}
