/**
 * What the calendar's colours and marks mean: intensities, block shading, the rest hatch, the
 * pinned edge and the warning underline. Opened from the toolbar, and once on first use.
 */
import { useEffect, useRef } from 'react';
import type { BlockKind, Intensity } from '../../src/model/plan';
import { SPIKE_RATIO } from '../../src/rules/acute-chronic';
import { blockLabel, intensityLabel } from '../state/labels';

const INTENSITIES: readonly Intensity[] = ['easy', 'moderate', 'hard', 'rest'];
const BLOCKS: readonly BlockKind[] = [
  'base',
  'build',
  'peak',
  'taper',
  'race',
  'recovery',
  'down',
  'off-distance',
  'reset',
];

interface Props {
  onClose(): void;
}

export function Legend({ onClose }: Props) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  return (
    <aside
      className="sp-legend"
      data-testid="legend"
      aria-labelledby="sp-legend-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <header className="sp-legend-head">
        <h2 id="sp-legend-title">Legend</h2>
        <button ref={close} type="button" className="sp-button sp-small" onClick={onClose}>
          Close legend
        </button>
      </header>
      <section>
        <h3>Sessions, by intensity</h3>
        <ul className="sp-legend-list">
          {INTENSITIES.map((i) => (
            <li key={i} data-legend-intensity={i}>
              <span className={`sp-chip sp-int-${i}`}>
                <span>{intensityLabel(i)}</span>
              </span>
            </li>
          ))}
          <li data-legend-intensity="race">
            <span className="sp-chip sp-race">
              <span>Race</span>
            </span>
          </li>
        </ul>
      </section>
      <section>
        <h3>Blocks (the band of each week)</h3>
        <ul className="sp-legend-list">
          {BLOCKS.map((b) => (
            <li key={b} data-legend-block={b}>
              <span className={`sp-band sp-band-${b}`}>{blockLabel(b)}</span>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h3>Marks</h3>
        <ul className="sp-legend-marks">
          <li>
            <span className="sp-swatch sp-swatch-rest" aria-hidden="true" /> Hatched day: a rest
            day, no training
          </li>
          <li>
            <span className="sp-swatch sp-swatch-pinned" aria-hidden="true" /> Dark left edge:
            pinned (moved or edited by hand; re-planning keeps it)
          </li>
          <li>
            <span className="sp-swatch sp-swatch-warning" aria-hidden="true" /> Underlined day: a
            warning concerns it (amber a warning, red an error)
          </li>
          <li>
            <span className="sp-swatch sp-swatch-changed" aria-hidden="true" /> Outlined day:
            changed by your last edit
          </li>
          <li>
            Week figures: km, time (h:mm), hard sessions, and the highest acute:chronic load ratio
            of the week; red when over the hard-day cap or above {SPIKE_RATIO}, where the load-spike
            warning starts.
          </li>
        </ul>
      </section>
    </aside>
  );
}
