/**
 * The season on paper: a print-only layout of week rows, one month to a page (see print.css). It
 * is drawn only while printing — the page renders it on demand — and the CLI's `pdf` command
 * renders the same component to static HTML. Its stylesheet, renderer/styles/print.css, is loaded
 * by App (the CLI inlines it).
 */
import type { Plan } from '../../src/model/plan';
import type { PrintMonth, PrintWeek } from '../../src/print/season-pages';
import { formatMinutes, printPages } from '../../src/print/season-pages';

// Noon, as everywhere in the page: the model's days have no time zone.
const at = (day: string) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
};
const MONTH = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric' });
const WEEKDAY = new Intl.DateTimeFormat(undefined, { weekday: 'short' });
const SHORT = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const LONG = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

export function PrintSeason({ plan }: { readonly plan: Plan }) {
  const months = printPages(plan);
  const numbers = new Map(months.flatMap((m) => m.weeks).map((w, i) => [w.start, i + 1]));
  const races = plan.races.map((r) => `${r.name} (${SHORT.format(at(r.date))})`).join(' · ');
  return (
    <div className="sp-print">
      {months.map((month, i) => (
        <section className="sp-print-month" key={month.month}>
          <header className="sp-print-head">
            <h1>{plan.name}</h1>
            <p>
              {LONG.format(at(plan.season.start))} – {LONG.format(at(plan.season.end))}
              {races && ` · ${races}`}
            </p>
            <h2>
              {MONTH.format(at(`${month.month}-15`))}
              <span className="sp-print-page">
                {' '}
                · page {i + 1} of {months.length}
              </span>
            </h2>
          </header>
          <MonthTable month={month} numbers={numbers} />
        </section>
      ))}
    </div>
  );
}

function MonthTable({
  month,
  numbers,
}: {
  readonly month: PrintMonth;
  readonly numbers: ReadonlyMap<string, number>;
}) {
  const first = month.weeks[0];
  return (
    <table className="sp-print-weeks">
      <colgroup>
        <col className="sp-print-col-week" />
        {first?.days.map((d) => (
          <col key={d.date} />
        ))}
        <col className="sp-print-col-total" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">Week</th>
          {first?.days.map((d) => (
            <th scope="col" key={d.date}>
              {WEEKDAY.format(at(d.date))}
            </th>
          ))}
          <th scope="col">Total</th>
        </tr>
      </thead>
      <tbody>
        {month.weeks.map((week) => (
          <WeekRow key={week.start} week={week} number={numbers.get(week.start) ?? 0} />
        ))}
      </tbody>
    </table>
  );
}

function WeekRow({ week, number }: { readonly week: PrintWeek; readonly number: number }) {
  return (
    <tr className="sp-print-week" data-week={week.start}>
      <th scope="row">
        <div className="sp-print-week-number">Week {number}</div>
        <div>{SHORT.format(at(week.start))}</div>
        {week.blocks.map((b) => (
          <div className="sp-print-block" key={b}>
            {b}
          </div>
        ))}
      </th>
      {week.days.map((day) => (
        <td key={day.date} className={day.inSeason ? undefined : 'sp-print-out'}>
          <div className="sp-print-date">{Number(day.date.slice(8))}</div>
          {day.sessions.map((s) => (
            <div key={s.id} className={`sp-print-session sp-print-${s.intensity}`}>
              <div className="sp-print-label">{s.label}</div>
              {s.size && <div className="sp-print-size">{s.size}</div>}
              {s.steps.map((line, i) => (
                <div className="sp-print-step" key={i}>
                  {line}
                </div>
              ))}
            </div>
          ))}
        </td>
      ))}
      <td className="sp-print-total">
        <div>{week.km} km</div>
        <div>{formatMinutes(week.minutes)}</div>
        <div>{week.hard === 1 ? '1 hard' : `${week.hard} hard`}</div>
      </td>
    </tr>
  );
}
