/**
 * Weekly volume across the season: one bar per week coloured by its block, and each week's
 * acute:chronic figure as a line against load-spike's own threshold (the zone above it is shaded):
 * the figures are the core's (`weekFigures`), so a point above the line is a week the warnings panel
 * names, and no other. Each bar is a button that takes the calendar to its week.
 */
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { Plan } from '../../src/model/plan';
import { weekFigures } from '../../src/model/week-figures';
import { SPIKE_RATIO } from '../../src/rules/acute-chronic';
import { blockLabel, formatDay, formatKm } from '../state/labels';

interface Props {
  readonly plan: Plan;
  readonly today: string;
  onPickWeek(start: string): void;
}

const HEIGHT = 72;
const TOP = 8;
const BOTTOM = 16;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const RATIO_MAX = 2;

function VolumeChartImpl({ plan, today, onPickWeek }: Props) {
  const weeks = useMemo(() => weekFigures(plan), [plan]);
  // One tab stop for the whole chart; the arrow keys move between weeks (a roving tab index).
  const [active, setActive] = useState(0);
  const focusWeek = (index: number, element: Element) => {
    const next = Math.max(0, Math.min(weeks.length - 1, index));
    setActive(next);
    element.parentElement?.querySelectorAll<SVGGElement>('[data-week]')[next]?.focus();
  };
  const box = useRef<HTMLDivElement>(null);
  const [available, setAvailable] = useState(700);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setAvailable(Math.max(200, Math.floor(entry.contentRect.width)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const maxKm = Math.max(10, ...weeks.map((w) => w.km));
  // Bars share the width; long seasons scroll sideways rather than shrink below 4 px.
  const step = Math.max(6, available / Math.max(1, weeks.length));
  const gap = Math.max(1, Math.round(step * 0.22));
  const barWidth = step - gap;
  const width = Math.ceil(weeks.length * step);
  const plot = HEIGHT - TOP - BOTTOM;
  const y = (km: number) => TOP + plot - (km / maxKm) * plot;
  const yRatio = (r: number) => TOP + plot - (Math.min(r, RATIO_MAX) / RATIO_MAX) * plot;
  const line = weeks
    .map((w, i) => (w.acwr === null ? null : `${i * step + barWidth / 2},${yRatio(w.acwr)}`))
    .filter((p): p is string => p !== null);
  return (
    <figure className="sp-chart" aria-label="Weekly volume">
      <figcaption className="sp-chart-caption">
        <span>Weekly volume</span>
        <span className="sp-chart-scale">max {formatKm(maxKm)} km</span>
        <span className="sp-chart-legend" aria-hidden="true">
          <i className="sp-legend-line" /> acute:chronic load ratio; load-spike warns above{' '}
          {SPIKE_RATIO} (shaded)
        </span>
      </figcaption>
      <div className="sp-chart-scroll" ref={box}>
        <svg
          data-testid="volume-chart"
          width={width}
          height={HEIGHT}
          viewBox={`0 0 ${width} ${HEIGHT}`}
          role="group"
          aria-label="Weekly volume; arrow keys move between weeks, Enter shows one in the calendar"
        >
          <rect
            className="sp-chart-band"
            data-threshold={SPIKE_RATIO}
            x={0}
            width={width}
            y={yRatio(RATIO_MAX)}
            height={yRatio(SPIKE_RATIO) - yRatio(RATIO_MAX)}
          />
          {weeks.map((w, i) => {
            const label = `Week of ${formatDay(w.start)}: ${formatKm(w.km)} km, ${w.minutes} min${
              w.blockKind ? `, ${blockLabel(w.blockKind)}` : ''
            }, ${w.hard} hard${w.acwr === null ? '' : `, load ratio ${w.acwr.toFixed(2)}`}`;
            const current = today >= w.start && today <= w.end;
            return (
              <g
                key={w.start}
                data-week={w.start}
                {...(w.acwr === null ? {} : { 'data-acwr': w.acwr.toFixed(2) })}
                role="button"
                tabIndex={i === Math.min(active, weeks.length - 1) ? 0 : -1}
                aria-label={label}
                className={`sp-week${current ? ' sp-week-current' : ''}`}
                onClick={() => onPickWeek(w.start)}
                onFocus={() => setActive(i)}
                onKeyDown={(e) => {
                  const moves: Record<string, number> = {
                    ArrowLeft: i - 1,
                    ArrowRight: i + 1,
                    Home: 0,
                    End: weeks.length - 1,
                  };
                  const to = moves[e.key];
                  if (to !== undefined) {
                    e.preventDefault();
                    focusWeek(to, e.currentTarget);
                  } else if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    onPickWeek(w.start);
                  }
                }}
              >
                <title>{label}</title>
                <rect
                  className="sp-week-hit"
                  x={i * step - 1}
                  y={0}
                  width={barWidth + gap}
                  height={HEIGHT}
                />
                <rect
                  className={`sp-bar sp-bar-${w.blockKind ?? 'none'}`}
                  x={i * step}
                  y={y(w.km)}
                  width={barWidth}
                  height={Math.max(0, TOP + plot - y(w.km))}
                  rx={2}
                />
              </g>
            );
          })}
          {line.length > 1 && <polyline className="sp-chart-ratio" points={line.join(' ')} />}
          {weeks.map((w, i) => {
            // A month's name under the first week that starts in it.
            const month = w.start.slice(5, 7);
            if (i > 0 && weeks[i - 1]?.start.slice(5, 7) === month) return null;
            return (
              <text
                key={`m${w.start}`}
                className="sp-chart-month"
                x={i * step}
                y={HEIGHT - 3}
                aria-hidden="true"
              >
                {MONTHS[Number(month) - 1]}
              </text>
            );
          })}
        </svg>
      </div>
    </figure>
  );
}

export const VolumeChart = memo(VolumeChartImpl);
