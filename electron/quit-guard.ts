// Quitting while a plan is being written: Cmd+Q, the menu's Quit and closing the last window all go
// through app.quit(), which emits `before-quit` and, once the windows are closed, `will-quit`. A
// plan write runs in the background (plan-writes.ts), so the process could end in the middle of
// it: the edit would be lost, and the temp file left behind. Both events are held while a write
// is pending; once every write has ended, the quit is asked for again, and the folder's lock is
// let go only in the `will-quit` that finds nothing left to write.

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
 * `quit` asks for the quit again (app.quit) once the writes have ended.
 *
 * @example
 * const guard = quitHandlers(() => store, () => app.quit());
 * app.on('before-quit', guard.beforeQuit); app.on('will-quit', guard.willQuit);
 */
export function quitHandlers(store: () => QuitStore | null, quit: () => void): QuitHandlers {
  let flushing = false;

  function hold(event: QuitEvent): boolean {
    const current = store();
    if (!flushing && (current === null || current.pendingWrites === 0)) return false;
    event.preventDefault();
    if (flushing || current === null) return true;
    flushing = true;
    // flush never rejects: a failed write has ended too (its error went to the page).
    void current.flush().then(() => {
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
