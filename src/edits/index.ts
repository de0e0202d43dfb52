/**
 * Every edit of a plan, in one place. Each is a pure function plan → plan (an `EditResult`), so
 * undo is a stack of plans and every edit is tested on its own.
 */
export { addSession } from './add-session';
export { changeSession } from './change-session';
export { deleteSession } from './delete-session';
export { insertDownWeek } from './insert-down-week';
export { insertResetBreak } from './insert-reset-break';
export { moveSession } from './move-session';
export { addRace, changeRace, deleteRace, moveRace } from './races';
export { regenerate } from './regenerate';
export type { EditResult, SessionInput, SessionPatch } from './types';
export { setRecentRace } from './set-recent-race';
