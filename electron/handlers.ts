// The handlers of the main process: `PlannerApi` over the library, native dialogs and the file
// system. Plain functions given their dependencies, so the tests run them with the real store
// engine in a temp folder and scripted dialogs.
import type {
  FileFilter,
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
} from 'electron';
import type { PlannerApi, Preferences, Saved } from '../src/api/contract';
import type { Library } from '../src/library/library';
import type { BinaryKind, FileKind, FilePort, IcalPort } from '../src/library/planner-api';
import { MAX_IMPORT_CHARS, createPlannerApi } from '../src/library/planner-api';

export interface Dialogs {
  showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  showOpenDialog(options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
}

export interface Files {
  /** The file's text; throws (with a message naming the file) when it cannot be read. */
  readFile(path: string): Promise<string>;
  /** The file's size in bytes, read before the file so a huge one is refused unread. */
  fileSize(path: string): Promise<number>;
  /** Writes the file atomically enough for an export: the whole text, or an error. */
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
}

export interface HandlerDeps {
  readonly library: Library;
  readonly dialogs: Dialogs;
  readonly files: Files;
  /** The PDF of the page as it is shown (webContents.printToPDF). */
  readonly printToPdf: () => Promise<Uint8Array>;
  readonly ical: IcalPort;
  readonly now: () => number;
  /** The zone an imported UTC time is read in (the system's). */
  readonly timeZone?: string;
  /** Told after every change of the preferences (main applies the theme). */
  readonly onPreferences?: (preferences: Preferences) => void;
}

const FILTERS: Record<FileKind, FileFilter[]> = {
  plan: [{ name: 'Season Planner plan', extensions: ['json'] }],
  ics: [{ name: 'iCalendar', extensions: ['ics'] }],
  pdf: [{ name: 'PDF', extensions: ['pdf'] }],
};

const TITLES: Record<FileKind, string> = {
  plan: 'Plan file',
  ics: 'Calendar (iCal)',
  pdf: 'PDF',
};

const BINARY: Record<BinaryKind, { readonly title: string; readonly filters: FileFilter[] }> = {
  fit: { title: 'Workout for the watch', filters: [{ name: 'FIT workout', extensions: ['fit'] }] },
  zip: {
    title: 'Workouts for the watch',
    filters: [{ name: 'Zip of FIT workouts', extensions: ['zip'] }],
  },
};

export function createHandlers(deps: HandlerDeps): PlannerApi {
  const api = createPlannerApi({
    library: deps.library,
    files: nativeFiles(deps),
    ical: deps.ical,
    now: deps.now,
    ...(deps.timeZone === undefined ? {} : { timeZone: deps.timeZone }),
  });
  const { onPreferences } = deps;
  if (!onPreferences) return api;
  return {
    ...api,
    async setPreferences(patch) {
      const result = await api.setPreferences(patch);
      if (result.ok) onPreferences(result.value);
      return result;
    },
  };
}

/** The file port over native dialogs: a cancelled dialog is null, never an error. */
export function nativeFiles({ dialogs, files, printToPdf }: HandlerDeps): FilePort {
  async function askSavePath(kind: FileKind, suggestedName: string): Promise<string | null> {
    const chosen = await dialogs.showSaveDialog({
      title: `Save ${TITLES[kind]}`,
      defaultPath: suggestedName,
      filters: FILTERS[kind],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
  }

  return {
    async saveText(kind, suggestedName, text): Promise<Saved> {
      const path = await askSavePath(kind, suggestedName);
      if (path === null) return null;
      await files.writeFile(path, text);
      return { path };
    },

    async saveBytes(kind, suggestedName, bytes): Promise<Saved> {
      const chosen = await dialogs.showSaveDialog({
        title: `Save ${BINARY[kind].title}`,
        defaultPath: suggestedName,
        filters: BINARY[kind].filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (chosen.canceled || !chosen.filePath) return null;
      await files.writeFile(chosen.filePath, bytes);
      return { path: chosen.filePath };
    },

    async openText(kind) {
      const chosen = await dialogs.showOpenDialog({
        title: `Open ${TITLES[kind]}`,
        filters: FILTERS[kind],
        properties: ['openFile'],
      });
      const path = chosen.canceled ? undefined : chosen.filePaths[0];
      if (!path) return null;
      // A huge file is refused unread: no plan or race calendar comes near the limit.
      if ((await files.fileSize(path)) > MAX_IMPORT_CHARS) {
        throw new Error(`${path}: the file is larger than ${MAX_IMPORT_CHARS / 1024 / 1024} MB`);
      }
      return { path, text: await files.readFile(path) };
    },

    async printToPdf(suggestedName): Promise<Saved> {
      const path = await askSavePath('pdf', suggestedName);
      if (path === null) return null;
      await files.writeFile(path, await printToPdf());
      return { path };
    },
  };
}
