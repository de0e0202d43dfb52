/**
 * The two things RFC 5545 §3.1 and §3.3.11 ask of every content line we write: TEXT values escaped,
 * and lines folded at 75 octets of UTF-8 without splitting a character.
 *
 * Written here rather than taken from ical.js: its `foldline` lets continuation lines reach 76
 * octets (a space plus 75), and its fold length is a module-wide setting, not ours to change.
 */

/**
 * Escapes a TEXT value: backslash, semicolon, comma and line breaks (CR, LF, CRLF → `\n`).
 *
 * @example escapeText('Tempo; 3 × 10 min, easy\nthen home') // 'Tempo\\; 3 × 10 min\\, easy\\nthen home'
 */
export function escapeText(value: string): string {
  return value.replace(/\r\n|[\\;,\r\n]/g, (match) => {
    switch (match) {
      case '\\':
        return '\\\\';
      case ';':
        return '\\;';
      case ',':
        return '\\,';
      default:
        return '\\n';
    }
  });
}

/** The most octets a line may hold, the line break excluded. */
const LINE_OCTETS = 75;

// Control characters other than HTAB are not allowed in any value (RFC 5545 §3.1, CONTROL); line
// breaks are escaped before this runs, so whatever is left is dropped rather than written.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F]/g;
// A surrogate without its partner has no UTF-8 form: it is written as U+FFFD.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// eslint-disable-next-line no-control-regex
const UNUSUAL = /[\u0000-\u0008\u000A-\u001F\u007F\uD800-\uDFFF]/;
/** Tab and printable ASCII only: one octet per character, nothing to clean. */
const PLAIN = /^[\t -~]*$/;

function utf8Octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

function foldPlain(line: string): string {
  if (line.length <= LINE_OCTETS) return line;
  let out = line.slice(0, LINE_OCTETS);
  for (let at = LINE_OCTETS; at < line.length; at += LINE_OCTETS - 1) {
    out += '\r\n ' + line.slice(at, at + LINE_OCTETS - 1);
  }
  return out;
}

/**
 * Folds one content line: at most 75 octets per line, continuation lines start with a space (which
 * counts), and a UTF-8 sequence (one code point) is never split.
 *
 * @example foldLine('SUMMARY:' + 'a'.repeat(80)) // 'SUMMARY:aaa…a\r\n aaaaaaaaaaaaa'
 */
export function foldLine(line: string): string {
  if (PLAIN.test(line)) return foldPlain(line);
  const clean = UNUSUAL.test(line)
    ? line.replace(CONTROL, '').replace(LONE_SURROGATE, '\uFFFD')
    : line;
  if (PLAIN.test(clean)) return foldPlain(clean);
  let out = '';
  let octets = 0;
  let start = 0;
  for (let index = 0; index < clean.length;) {
    const codePoint = clean.codePointAt(index) ?? 0;
    const size = utf8Octets(codePoint);
    if (octets + size > LINE_OCTETS) {
      out += clean.slice(start, index) + '\r\n ';
      start = index;
      octets = 1; // the leading space of the continuation line
    }
    octets += size;
    index += codePoint > 0xffff ? 2 : 1;
  }
  return out + clean.slice(start);
}

/**
 * One folded content line with CRLF: `name` may carry parameters (`DTSTART;VALUE=DATE`); `value`
 * is written as given, so escape TEXT values first.
 *
 * @example contentLine('DTSTART;VALUE=DATE', '20270328') // 'DTSTART;VALUE=DATE:20270328\r\n'
 */
export function contentLine(name: string, value: string): string {
  return foldLine(`${name}:${value}`) + '\r\n';
}
