// Quitting while a plan is being written: Cmd+Q, the menu's Quit and closing the last window all go
// through app.quit(), which emits `before-quit` and, once the windows are closed, `will-quit`. A
// plan write runs in the background (plan-writes.ts), so the process could end in the middle of
// it: the edit would be lost, and the temp file left behind. Both events are held while a write
// is pending; once every write has ended, the quit is asked for again, and the folder's lock is
// let go only in the `will-quit` that finds nothing left to write. A disk that never answers
// (a hung network share, a USB stick pulled mid-write) would hold the quit for ever: after
// QUIT_WAIT_MS the quit goes ahead; the file being written keeps its last good version
// (safe-write.ts renames only a checked temp file), and only that last edit is lost.

/** How long a quit waits for pending writes before it goes ahead. */
export const QUIT_WAIT_MS = 15_000;

/** The part of an Electron event the decision uses. */
export interface QuitEvent {
  preventDefault(): void;
}

/** The part of the opened store (library-store.ts) quitting needs. */
export interface QuitStore {
  readonly pendingWrites: number;
  flush(): Promise<void>;
  close(): void;
}

export interface QuitHandlers {
  /** For `app.on('before-quit')`. True when the quit is held for writes. */
  beforeQuit(event: QuitEvent): boolean;
  /** For `app.on('will-quit')`: holds the quit like beforeQuit, else closes the store. */
  willQuit(event: QuitEvent): boolean;
}

/**
 * `store` gives the opened store (null before it is open, or after a fatal error closed it);
 * `quit` asks for the quit again (app.quit) once the writes have ended, or `waitMs` has passed.
 *
 * @example
 * const guard = quitHandlers(() => store, () => app.quit());
 * app.on('before-quit', guard.beforeQuit); app.on('will-quit', guard.willQuit);
 */
export function quitHandlers(
  store: () => QuitStore | null,
  quit: () => void,
  waitMs = QUIT_WAIT_MS,
): QuitHandlers {
  let flushing = false;
  let waitedLongEnough = false;

  function hold(event: QuitEvent): boolean {
    const current = store();
    if (waitedLongEnough) return false;
    if (!flushing && (current === null || current.pendingWrites === 0)) return false;
    event.preventDefault();
    if (flushing || current === null) return true;
    flushing = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const limit = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        waitedLongEnough = true;
        resolve();
      }, waitMs);
    });
    // flush never rejects: a failed write has ended too (its error went to the page).
    void Promise.race([current.flush(), limit]).then(() => {
      clearTimeout(timer);
      flushing = false;
      quit();
    });
    return true;
  }

  return {
    beforeQuit: hold,
    willQuit(event) {
      if (hold(event)) return true;
      store()?.close();
      return false;
    },
  };
}
