/**
 * A cheap, linear check of an `.ics` file's shape before it is handed to the parser, so that the
 * common ways a file goes wrong get a message a user understands: not text, not iCalendar, cut
 * off, or nested without end.
 */
import type { Result } from '../model/result';
import { fail, ok } from '../model/result';

const MAX_DEPTH = 10;
/**
 * Larger files are refused before they are parsed. Here, beside the other caps, so that the API's
 * argument schemas (src/api/validate.ts) can check it without loading the reader.
 */
export const MAX_ICS_CHARS = 5 * 1024 * 1024;
/**
 * The longest content line (unfolded) and the most parameters on one line that reach the parser.
 * ical.js's parameter parsing is quadratic in a line's parameters (a 1 MB line of `;X=a` took
 * 1.2 s, 4 MB 27 s); no calendar app writes more than a handful, or lines near this long.
 */
export const MAX_LINE_CHARS = 20_000;
export const MAX_PARAMETERS = 100;
/** A few stray NULs (a C tool's padding) are dropped; more mean a UTF-16 or binary file. */
const MAX_STRAY_NULS = 16;
/** A bound on the parser's work whatever the file holds (a 5 MB file of tiny events). */
const MAX_EVENTS = 20_000;

// Control characters other than tab, CR and LF: a text file has none, a binary one has many.
// eslint-disable-next-line no-control-regex
const BINARY = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

/**
 * The file's text (byte-order mark removed) when it has the shape of an iCalendar file, else the
 * reason it has not.
 *
 * @example checkStructure('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n') // { ok: true, value: 'BEGIN:VCALENDAR…' }
 * @example checkStructure('hello') // { ok: false, error: ['The file is not an iCalendar file …'] }
 */
export function checkStructure(source: string): Result<string> {
  const withBom = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const nuls = countNuls(withBom);
  const text = nuls > 0 && nuls <= MAX_STRAY_NULS ? withBom.split('\u0000').join('') : withBom;
  if (BINARY.test(text))
    return fail(['The file is binary (or UTF-16), not an iCalendar (.ics) text file in UTF-8.']);
  if (text.includes('\uFFFD')) {
    return fail([
      'The file is not UTF-8 text (it may be in another encoding); save it as UTF-8 and try again.',
    ]);
  }
  if (!/^\s*BEGIN:VCALENDAR\s*(\r\n|\n|\r|$)/i.test(text)) {
    return fail(['The file is not an iCalendar file (it does not start with BEGIN:VCALENDAR).']);
  }
  const stack: { name: string; line: number }[] = [];
  let events = 0;
  let calendars = 0;
  let logical = '';
  let logicalLine = 0;
  const lines = text.split(/\r\n|\n|\r/);
  // One pass past the end flushes the last logical line.
  for (let index = 0; index <= lines.length; index++) {
    const physical = lines[index];
    if (physical !== undefined && (physical.startsWith(' ') || physical.startsWith('\t'))) {
      logical += physical.slice(1);
      // Checked while it grows, so a line of millions of folds is refused without being built.
      if (logical.length > MAX_LINE_CHARS) {
        return fail([
          `Line ${logicalLine} is longer than ${MAX_LINE_CHARS} characters; an iCalendar line here is at most that.`,
        ]);
      }
      continue;
    }
    if (logical.length > MAX_LINE_CHARS) {
      return fail([
        `Line ${logicalLine} is ${logical.length} characters long; an iCalendar line here is at most ${MAX_LINE_CHARS}.`,
      ]);
    }
    const parameters = countParameters(logical);
    if (parameters > MAX_PARAMETERS) {
      return fail([
        `Line ${logicalLine} has more than ${MAX_PARAMETERS} parameters; the file is not a race calendar.`,
      ]);
    }
    const problem = logical === '' ? null : visit(logical, logicalLine, stack);
    if (problem) return fail([problem]);
    const match = /^BEGIN:(\S+)/i.exec(logical);
    if (match) {
      const name = (match[1] ?? '').toUpperCase();
      if (name === 'VEVENT' && ++events > MAX_EVENTS) {
        return fail([`The file holds more than ${MAX_EVENTS} events; it is not a race calendar.`]);
      }
      if (name === 'VCALENDAR') calendars++;
    }
    logical = physical ?? '';
    logicalLine = index + 1;
  }
  if (stack.length > 0) {
    const open = stack[stack.length - 1];
    return fail([
      `The file is cut off: BEGIN:${open?.name ?? ''} on line ${open?.line ?? 0} is never closed (no END:${open?.name ?? ''}).`,
    ]);
  }
  if (calendars === 0) return fail(['The file is not an iCalendar file (no BEGIN:VCALENDAR).']);
  return ok(text);
}

function countNuls(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\u0000'); at !== -1; at = text.indexOf('\u0000', at + 1)) {
    if (++count > MAX_STRAY_NULS) break;
  }
  return count;
}

/** The parameters of a content line: the `;` before its value's `:`, outside quoted values. */
function countParameters(line: string): number {
  let count = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (!quoted && c === 58) break;
    else if (!quoted && c === 59 && ++count > MAX_PARAMETERS) break;
  }
  return count;
}

function visit(
  line: string,
  number: number,
  stack: { name: string; line: number }[],
): string | null {
  if (!/^[A-Za-z0-9-]+[;:]/.test(line)) {
    return `Line ${number} is not an iCalendar line: "${line.slice(0, 40)}${line.length > 40 ? '…' : ''}".`;
  }
  const begin = /^BEGIN:(.*)$/i.exec(line);
  if (begin) {
    const name = (begin[1] ?? '').trim().toUpperCase();
    if (stack.length === 0 && name !== 'VCALENDAR')
      return `Line ${number}: BEGIN:${name} outside a calendar.`;
    if (stack.length >= MAX_DEPTH) return `Line ${number}: components nested too deep.`;
    stack.push({ name, line: number });
    return null;
  }
  const end = /^END:(.*)$/i.exec(line);
  if (end) {
    const name = (end[1] ?? '').trim().toUpperCase();
    const open = stack.pop();
    if (!open) return `Line ${number}: END:${name} without a BEGIN.`;
    if (open.name !== name) {
      return `The file is damaged: line ${number} ends ${name}, but BEGIN:${open.name} on line ${open.line} is still open.`;
    }
    return null;
  }
  if (stack.length === 0) return `Line ${number}: content after the end of the calendar.`;
  return null;
}
