/**
 * The desktop app's menu sends the same intents as the page's buttons. Subscribed once; the
 * actions are read at the time of each command, so they always see the current plan.
 */
import { useEffect, useRef } from 'react';
import type { CalendarView, MenuCommand } from '../../src/api/contract';
import { assertNever } from '../../src/model/settings';
import { onMenuCommand } from '../api/index';
import { typing } from './use-shortcuts';

export interface MenuActions {
  newPlan(): void;
  importPlan(): void;
  importRaces(): void;
  exportIcs(): void;
  exportPlan(): void;
  exportWorkouts(): void;
  print(): void;
  undo(): void;
  redo(): void;
  view(view: CalendarView): void;
}

export function runMenuCommand(command: MenuCommand, actions: MenuActions): void {
  switch (command) {
    case 'new-plan':
      return actions.newPlan();
    case 'import-plan':
      return actions.importPlan();
    case 'import-races':
      return actions.importRaces();
    case 'export-ics':
      return actions.exportIcs();
    case 'export-plan':
      return actions.exportPlan();
    case 'export-workouts':
      return actions.exportWorkouts();
    case 'print':
      return actions.print();
    // The menu's accelerators reach the page even while a text field has focus: there, Undo
    // means the field's own undo, not the plan's.
    case 'undo':
      return typing(document.activeElement) ? void document.execCommand('undo') : actions.undo();
    case 'redo':
      return typing(document.activeElement) ? void document.execCommand('redo') : actions.redo();
    case 'view-season':
      return actions.view('season');
    case 'view-month':
      return actions.view('month');
    case 'view-week':
      return actions.view('week');
    default:
      return assertNever(command);
  }
}

export function useMenuCommands(actions: MenuActions): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => onMenuCommand((command) => runMenuCommand(command, latest.current)), []);
}
