/**
 * The planner page: the plan library, the toolbar, the volume chart, the calendar and the warnings,
 * and the dialogs (wizard, session inspector, race dialog, reset break, race import). State lives in
 * `usePlanner` (races of the open plan in `useRaceActions`); every decision is a core function.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { MouseEvent } from 'react';
import type { CalendarView, PlannerApi } from '../../src/api/contract';
import type { Plan } from '../../src/model/plan';
import type { Warning } from '../../src/model/warning';
import type { EditResult } from '../../src/edits/types';
import { moveSession } from '../../src/edits/move-session';
import { addDays } from '../../src/dates';
import { usePlanner } from '../state/use-planner';
import { useRaceActions } from '../state/use-race-actions';
import type { Boot } from '../state/boot';
import { useUndoShortcuts } from '../state/use-shortcuts';
import { useMenuCommands } from '../state/use-menu-commands';
import { nextTheme, useResolvedTheme } from '../state/use-theme';
import { todayIso } from '../state/today';
import { useAfterPaint } from '../state/use-after-paint';
import { formatDay } from '../state/labels';
import type { Highlight } from '../calendar/use-calendar-marks';
import { cycleToCalendar, usePageKeys } from '../state/use-page-keys';
import { PlanLibrary } from './PlanLibrary';
import { Toolbar } from './Toolbar';
import { VolumeChart } from './VolumeChart';
import { Calendar } from './Calendar';
import type { CalendarFocus } from './Calendar';
import { Legend } from './Legend';
import { WarningsPanel, warningKey } from './WarningsPanel';
import { StatusBar } from './StatusBar';
import { NewPlanWizard } from './NewPlanWizard';
import type { InspectorTarget } from './SessionInspector';
import { SessionInspector } from './SessionInspector';
import { SlumpDialog } from './SlumpDialog';
import { ImportRacesReview } from './ImportRacesReview';
import { RaceDialog } from './RaceDialog';
import { StartupNotice } from './StartupNotice';
import { ExportWorkoutsDialog } from './ExportWorkoutsDialog';
import { PrintSeason } from './PrintSeason';
import '../styles/print.css';
import { usePrintMode } from '../state/use-print';

const NO_WARNINGS: readonly Warning[] = [];
const NO_DAYS: readonly string[] = [];
/** Remembered by the page itself: the legend opens by itself once, on the first plan shown. */
const LEGEND_SEEN = 'season-planner:legend-seen';

function legendSeen(): boolean {
  try {
    return localStorage.getItem(LEGEND_SEEN) === '1';
  } catch {
    return true;
  }
}

/** The race dialog: a new race, or the race inspector of one race. */
type RaceTarget = { readonly add: true } | { readonly raceId: string };

export function App({ api, initial }: { readonly api: PlannerApi; readonly initial: Boot }) {
  const planner = usePlanner(api, initial);
  const races = useRaceActions(api, planner);
  const { plan, doc, prefs, edit } = planner;
  const today = useMemo(() => todayIso(), []);
  const resolvedTheme = useResolvedTheme(prefs.theme);
  const [wizardOpen, setWizardOpen] = useState(false);
  const [inspector, setInspector] = useState<InspectorTarget | null>(null);
  const [slumpOpen, setSlumpOpen] = useState(false);
  const [raceTarget, setRaceTarget] = useState<RaceTarget | null>(null);
  const [workoutsOpen, setWorkoutsOpen] = useState(false);
  const { printing, print } = usePrintMode(planner.printToPdf);
  const [selected, setSelected] = useState<{ key: string; highlight: Highlight } | null>(null);
  const [focus, setFocus] = useState<CalendarFocus | null>(null);
  // The days a move changed, shown while its plan is the one on screen (an undo or another edit
  // clears them).
  const [changed, setChanged] = useState<{ plan: Plan; days: readonly string[] } | null>(null);
  const [legendOpen, setLegendOpen] = useState(false);
  const [libraryOpen, setLibraryOpen] = useState(false);
  const [warningsOpen, setWarningsOpen] = useState(false);
  // The chart may lag a frame behind a drop, and is drawn after the calendar on the first paint:
  // the calendar and the warnings come first.
  const chartPlan = useAfterPaint(plan, null);

  const [prevPlanId, setPrevPlanId] = useState<string | null>(null);
  if ((plan?.id ?? null) !== prevPlanId) {
    setPrevPlanId(plan?.id ?? null);
    setSelected(null);
    setFocus(null);
    if (plan && !legendSeen()) setLegendOpen(true);
  }
  // Once seen, the legend waits for the toolbar's button.
  useEffect(() => {
    if (!legendOpen) return;
    try {
      localStorage.setItem(LEGEND_SEEN, '1');
    } catch {
      // Without storage the legend simply opens again next time.
    }
  }, [legendOpen]);
  const changedDays = changed && changed.plan === plan ? changed.days : NO_DAYS;

  // A new user is greeted by the wizard.
  const empty = planner.plans.length === 0 && !plan;
  const [greeted, setGreeted] = useState(false);
  if (empty && !greeted) {
    setGreeted(true);
    setWizardOpen(true);
  }

  useUndoShortcuts(planner.undo, planner.redo);

  const view = prefs.view;
  const setView = useCallback((v: CalendarView) => planner.setPreferences({ view: v }), [planner]);
  usePageKeys(setView, plan !== null);

  const { say, undo } = planner;
  const calendarHandlers = useMemo(
    () => ({
      onMoveSession: (sessionId: string, date: string) => {
        const from = planner.plan?.sessions.find((s) => s.id === sessionId)?.date;
        let moved: Plan | null = null;
        const done = edit((p) => {
          const result = moveSession(p, sessionId, date);
          if (result.ok) moved = result.value;
          return result;
        });
        if (done && moved) {
          // The status line says what happened, offers to undo it, and the days stay marked.
          say(`Moved the session to ${formatDay(date)}.`, 'info', [{ label: 'Undo', run: undo }]);
          setChanged({ plan: moved, days: from ? [from, date] : [date] });
        }
        return done;
      },
      onMoveRace: races.move,
      onOpenSession: (sessionId: string, raceId: string | null) =>
        raceId ? setRaceTarget({ raceId }) : setInspector({ sessionId }),
      onOpenDay: (date: string) => setInspector({ date }),
    }),
    [edit, races.move, say, undo, planner.plan],
  );

  const selectWarning = useCallback(
    (w: Warning) => {
      const key = warningKey(w);
      if (selected?.key === key) {
        setSelected(null);
        return;
      }
      const raceSessions = (plan?.sessions ?? [])
        .filter((s) => s.raceId && w.raceIds.includes(s.raceId))
        .map((s) => s.id);
      setSelected({
        key,
        highlight: { start: w.start, end: w.end, sessionIds: [...w.sessionIds, ...raceSessions] },
      });
      setFocus((f) => ({ day: w.start, end: w.end, seq: (f?.seq ?? 0) + 1 }));
    },
    [plan, selected],
  );

  const fix = useCallback(
    (run: (p: Plan) => EditResult, label: string) => {
      if (edit(run, `Done: ${label.charAt(0).toLowerCase()}${label.slice(1)}.`)) setSelected(null);
    },
    [edit],
  );

  const pickWeek = useCallback(
    (start: string) =>
      setFocus((f) => ({ day: start, end: addDays(start, 6), seq: (f?.seq ?? 0) + 1 })),
    [],
  );

  const skipToCalendar = (e: MouseEvent) => {
    e.preventDefault();
    cycleToCalendar();
  };

  useMenuCommands({
    newPlan: () => setWizardOpen(true),
    importPlan: () => void planner.importPlan(),
    importRaces: () => {
      if (!plan) setWizardOpen(true);
      else void races.startImport();
    },
    exportIcs: () => void planner.exportIcs(),
    exportPlan: () => void planner.exportPlanFile(),
    exportWorkouts: () => setWorkoutsOpen(plan !== null),
    print: () => void print(),
    undo: planner.undo,
    redo: planner.redo,
    view: setView,
  });

  // A race gone from the plan (e.g. by undo) closes its inspector.
  const inspectedRace =
    raceTarget && 'raceId' in raceTarget
      ? plan?.races.find((r) => r.id === raceTarget.raceId)
      : undefined;

  const subtitle = plan
    ? `${formatDay(plan.season.start)} – ${formatDay(plan.season.end)} · ${plan.races.length} race${plan.races.length === 1 ? '' : 's'}`
    : '';

  return (
    <div
      className={`sp-app${libraryOpen ? ' sp-library-open' : ''}${warningsOpen ? ' sp-warnings-open' : ''}`}
    >
      <a className="sp-skip" href="#sp-calendar-region" onClick={skipToCalendar}>
        Skip to the calendar
      </a>
      <PlanLibrary
        plans={planner.plans}
        openId={plan?.id ?? null}
        onOpen={(id) => void planner.openPlan(id)}
        onNew={() => setWizardOpen(true)}
        onImport={() => void planner.importPlan()}
        onRename={(id, name) => void planner.renamePlan(id, name)}
        onDuplicate={(id) => void planner.duplicatePlan(id)}
        onDelete={(id) => void planner.deletePlan(id)}
      />
      <main className="sp-main">
        <Toolbar
          title={plan?.name ?? 'Season Planner'}
          subtitle={subtitle}
          view={view}
          theme={prefs.theme}
          canUndo={planner.canUndo}
          canRedo={planner.canRedo}
          hasPlan={plan !== null}
          onView={setView}
          onUndo={planner.undo}
          onRedo={planner.redo}
          onSlump={() => setSlumpOpen(true)}
          onAddRace={() => setRaceTarget({ add: true })}
          onImportRaces={() => void races.startImport()}
          onExportIcs={() => void planner.exportIcs()}
          onExportPlan={() => void planner.exportPlanFile()}
          onExportWorkouts={() => setWorkoutsOpen(true)}
          onTheme={() => planner.setPreferences({ theme: nextTheme(prefs.theme) })}
          legendOpen={legendOpen}
          onLegend={() => setLegendOpen((o) => !o)}
          libraryOpen={libraryOpen}
          warningsOpen={warningsOpen}
          warningCount={doc?.warnings?.length ?? 0}
          onLibrary={() => setLibraryOpen((o) => !o)}
          onWarnings={() => setWarningsOpen((o) => !o)}
        />
        {planner.startup && (planner.startup.recovered || planner.startup.notices?.length) ? (
          <StartupNotice
            recovered={planner.startup.recovered}
            notices={planner.startup.notices ?? []}
            onDismiss={planner.dismissStartup}
          />
        ) : null}
        {plan && doc ? (
          <div className="sp-workspace">
            <div className="sp-center" id="sp-calendar-region">
              {chartPlan ? (
                <VolumeChart plan={chartPlan} today={today} onPickWeek={pickWeek} />
              ) : (
                // Same size as the chart, drawn a frame later, so the calendar does not move.
                <div className="sp-chart sp-chart-placeholder" aria-hidden="true" />
              )}
              <Calendar
                key={plan.id}
                plan={plan}
                warnings={doc.warnings ?? NO_WARNINGS}
                view={view}
                colorScheme={resolvedTheme}
                focus={focus}
                highlight={selected?.highlight ?? null}
                changed={changedDays}
                today={today}
                onView={setView}
                {...calendarHandlers}
              />
            </div>
            <div className="sp-side">
              {legendOpen && <Legend onClose={() => setLegendOpen(false)} />}
              <WarningsPanel
                plan={plan}
                warnings={doc.warnings ?? NO_WARNINGS}
                checking={doc.warnings === null}
                selected={selected?.key ?? null}
                onSelect={selectWarning}
                onFix={fix}
              />
            </div>
          </div>
        ) : (
          <div className="sp-welcome">
            {
              <>
                <h2>Plan a season around your races</h2>
                <p>
                  Choose <strong>New plan</strong> in the sidebar: give the season&rsquo;s dates and
                  your races, and the planner builds the weeks — rest days, down weeks, an
                  off-distance block, tapers — and warns you when an edit breaks a training rule.
                </p>
              </>
            }
          </div>
        )}
        <StatusBar status={planner.status} onDismiss={planner.clearStatus} />
      </main>
      {wizardOpen && (
        <NewPlanWizard
          today={today}
          weekStart={prefs.weekStart}
          icsReader={races.icsReader}
          onCreate={planner.createPlan}
          onClose={() => setWizardOpen(false)}
        />
      )}
      {inspector && plan && (
        <SessionInspector
          plan={plan}
          target={inspector}
          edit={edit}
          onClose={() => setInspector(null)}
        />
      )}
      {slumpOpen && plan && (
        <SlumpDialog plan={plan} today={today} edit={edit} onClose={() => setSlumpOpen(false)} />
      )}
      {raceTarget && plan && ('add' in raceTarget || inspectedRace) && (
        <RaceDialog
          plan={plan}
          race={inspectedRace}
          day={today >= plan.season.start && today <= plan.season.end ? today : plan.season.start}
          onAdd={(race) => races.add([race])}
          onChange={races.change}
          onDelete={races.remove}
          onClose={() => setRaceTarget(null)}
        />
      )}
      {printing && plan && <PrintSeason plan={plan} />}
      {workoutsOpen && plan && (
        <ExportWorkoutsDialog
          plan={plan}
          today={today}
          onExport={(range) => void planner.exportWorkouts(range)}
          onClose={() => setWorkoutsOpen(false)}
        />
      )}
      {races.review.imported && (
        <ImportRacesReview
          imported={races.review.imported}
          {...(plan ? { season: plan.season } : {})}
          rereading={races.review.rereading}
          onTimeZone={(zone) => void races.review.readInZone(zone)}
          onConfirm={races.confirmImport}
          onClose={races.review.close}
        />
      )}
    </div>
  );
}
