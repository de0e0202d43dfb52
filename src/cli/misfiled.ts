/**
 * Recognises a request given where a plan is expected and the other way round, so the command line
 * can say what the file is instead of listing the fields it lacks.
 */

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * True when a document that failed to load as a plan reads as a plan request: an object with the
 * request's fields and none of a plan's own (`version`, `sessions`, `blocks`).
 *
 * @example looksLikeRequest({ start: '2027-01-04', end: '2027-12-26', races: [] }) // true
 */
export function looksLikeRequest(document: unknown): boolean {
  if (!isObject(document)) return false;
  if ('version' in document || 'sessions' in document || 'blocks' in document) return false;
  return 'start' in document || 'end' in document || 'races' in document || 'athlete' in document;
}

/**
 * True when a document that failed to load as a request reads as a plan: it has a version and
 * sessions.
 *
 * @example looksLikePlan({ version: 1, sessions: [] }) // true
 */
export function looksLikePlan(document: unknown): boolean {
  return isObject(document) && 'version' in document && 'sessions' in document;
}
