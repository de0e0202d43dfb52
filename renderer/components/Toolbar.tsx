/**
 * The toolbar above the calendar: views, undo/redo, the open plan's races (add, import), the slump
 * button, exports and the theme.
 */
import { memo } from 'react';
import type { CalendarView, Theme } from '../../src/api/contract';
import { Icon } from './Icon';

interface Props {
  readonly title: string;
  readonly subtitle: string;
  readonly view: CalendarView;
  readonly theme: Theme;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly hasPlan: boolean;
  onView(view: CalendarView): void;
  onUndo(): void;
  onRedo(): void;
  onSlump(): void;
  onAddRace(): void;
  onImportRaces(): void;
  onExportIcs(): void;
  onExportPlan(): void;
  onExportWorkouts(): void;
  onTheme(): void;
  onLegend(): void;
  readonly legendOpen: boolean;
  /** In a small window the plan library and the warnings are panels opened from here. */
  readonly libraryOpen: boolean;
  readonly warningsOpen: boolean;
  readonly warningCount: number;
  onLibrary(): void;
  onWarnings(): void;
}

const VIEWS: readonly (readonly [CalendarView, string])[] = [
  ['season', 'Season'],
  ['month', 'Month'],
  ['week', 'Week'],
];

const THEME_WORDS: Readonly<Record<Theme, string>> = {
  system: 'System',
  light: 'Light',
  dark: 'Dark',
};

function ToolbarImpl(props: Props) {
  const { title, subtitle, view, theme, canUndo, canRedo, hasPlan } = props;
  const races = (
    <>
      <button type="button" className="sp-button" disabled={!hasPlan} onClick={props.onAddRace}>
        Add race
      </button>
      <button type="button" className="sp-button" disabled={!hasPlan} onClick={props.onImportRaces}>
        Import races
      </button>
    </>
  );
  // Short labels under one "Export" group, so the toolbar keeps one row at 1440 px; the full
  // names are the buttons' accessible names and tooltips.
  const exportButtons: readonly (readonly [string, string, string, () => void])[] = [
    [
      'iCal',
      'Export iCal',
      "Export iCal: the sessions for your phone's calendar",
      props.onExportIcs,
    ],
    ['Plan', 'Export plan', 'Export plan: a plan file to import elsewhere', props.onExportPlan],
    [
      'Watch',
      'Export workouts to watch',
      'Export workouts to a watch (FIT files)',
      props.onExportWorkouts,
    ],
  ];
  const exports = (
    <>
      {exportButtons.map(([label, name, title, onClick]) => (
        <button
          key={label}
          type="button"
          className="sp-button"
          disabled={!hasPlan}
          onClick={onClick}
          aria-label={name}
          title={title}
        >
          <Icon name="download" />
          {label}
        </button>
      ))}
    </>
  );
  return (
    <header className="sp-toolbar" id="sp-toolbar" tabIndex={-1}>
      <button
        type="button"
        className="sp-button sp-narrow-only"
        aria-expanded={props.libraryOpen}
        aria-controls="sp-library"
        onClick={props.onLibrary}
      >
        Plans
      </button>
      <div className="sp-title">
        <h1>{title}</h1>
        {subtitle && <p title={subtitle}>{subtitle}</p>}
      </div>
      <div className="sp-segmented" role="group" aria-label="Calendar view">
        {VIEWS.map(([v, label]) => (
          <button
            key={v}
            type="button"
            aria-pressed={view === v}
            disabled={!hasPlan}
            onClick={() => props.onView(v)}
          >
            {label}
          </button>
        ))}
      </div>
      <div className="sp-tool-group" role="group" aria-label="History">
        <button
          type="button"
          className="sp-button"
          disabled={!canUndo}
          onClick={props.onUndo}
          aria-label="Undo"
          title="Undo (Ctrl+Z)"
        >
          <Icon name="undo" />
        </button>
        <button
          type="button"
          className="sp-button"
          disabled={!canRedo}
          onClick={props.onRedo}
          aria-label="Redo"
          title="Redo (Ctrl+Shift+Z)"
        >
          <Icon name="redo" />
        </button>
      </div>
      <div className="sp-tool-group sp-wide-only" role="group" aria-label="Races">
        {races}
      </div>
      <button
        type="button"
        className="sp-button"
        disabled={!hasPlan}
        onClick={props.onSlump}
        aria-label="I'm in a slump"
      >
        I&rsquo;m in a slump
      </button>
      <div className="sp-tool-group sp-wide-only" role="group" aria-label="Export">
        {exports}
      </div>
      <details className="sp-more sp-narrow-only">
        <summary className="sp-button">More</summary>
        <div className="sp-more-menu" role="group" aria-label="More actions">
          {races}
          {exports}
        </div>
      </details>
      <button
        type="button"
        className="sp-button"
        aria-pressed={props.legendOpen}
        onClick={props.onLegend}
        title="What the colours and marks mean"
      >
        Legend
      </button>
      <button
        type="button"
        className="sp-button sp-narrow-only"
        aria-expanded={props.warningsOpen}
        aria-controls="sp-warnings"
        disabled={!hasPlan}
        onClick={props.onWarnings}
      >
        Warnings {props.warningCount}
      </button>
      <button
        type="button"
        className="sp-icon-button sp-theme"
        onClick={props.onTheme}
        aria-label={`Theme: ${THEME_WORDS[theme]}`}
        title={`Theme: ${THEME_WORDS[theme]} (click to change)`}
      >
        <Icon name={theme === 'dark' ? 'moon' : theme === 'light' ? 'sun' : 'auto'} />
      </button>
    </header>
  );
}

export const Toolbar = memo(ToolbarImpl);
