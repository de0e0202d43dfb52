// The native menu, as a function of where commands go: main passes a `send` that forwards the
// command to the page (which owns undo, views and dialogs), the tests pass a recorder.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../src/api/contract';

export interface MenuOptions {
  readonly send: (command: MenuCommand) => void;
  readonly appName: string;
  readonly isMac: boolean;
}

export function menuTemplate({ send, appName, isMac }: MenuOptions): MenuItemConstructorOptions[] {
  const item = (
    label: string,
    command: MenuCommand,
    accelerator?: string,
  ): MenuItemConstructorOptions => ({
    label,
    click: () => send(command),
    ...(accelerator ? { accelerator } : {}),
  });

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: appName,
          submenu: [
            { role: 'about' },
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];

  return [
    ...appMenu,
    {
      label: '&File',
      submenu: [
        item('New Plan…', 'new-plan', 'CmdOrCtrl+N'),
        item('Open/Import Plan…', 'import-plan', 'CmdOrCtrl+O'),
        item('Import Races from iCal…', 'import-races', 'CmdOrCtrl+Shift+I'),
        { type: 'separator' },
        item('Export iCal…', 'export-ics', 'CmdOrCtrl+E'),
        item('Export Plan…', 'export-plan', 'CmdOrCtrl+Shift+E'),
        item('Export Workouts to Watch…', 'export-workouts'),
        item('Print / Export PDF…', 'print', 'CmdOrCtrl+P'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        // The page keeps the undo stack of plans; the text fields' own undo is its concern too.
        item('Undo', 'undo', 'CmdOrCtrl+Z'),
        item('Redo', 'redo', isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        item('Season', 'view-season', 'CmdOrCtrl+1'),
        item('Month', 'view-month', 'CmdOrCtrl+2'),
        item('Week', 'view-week', 'CmdOrCtrl+3'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: '&Help',
      role: 'help',
      submenu: [isMac ? { role: 'about' } : { label: `About ${appName}`, role: 'about' }],
    },
  ];
}
