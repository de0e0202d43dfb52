import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { contentLine, escapeText, foldLine } from '../../../src/ical/content-line';
import { withoutControls } from './icaljs';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

function unfold(text: string): string {
  return text.replace(/\r\n[ \t]/g, '');
}

/** Every physical line: at most 75 octets, valid UTF-8 on its own (no split sequence). */
function assertFolded(folded: string): void {
  for (const line of folded.split('\r\n')) {
    const bytes = encoder.encode(line);
    assert.ok(bytes.length <= 75, `line of ${bytes.length} octets: ${line}`);
    assert.equal(decoder.decode(bytes), line, 'a physical line is not valid UTF-8 on its own');
  }
}

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    assert.equal(escapeText('a\\b;c,d\ne\r\nf\rg'), 'a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('leaves colons and quotes alone (they need no escape in TEXT)', () => {
    assert.equal(escapeText('Race: "Berlin"'), 'Race: "Berlin"');
  });
});

describe('foldLine', () => {
  it('leaves a line of exactly 75 octets whole', () => {
    const line = 'X'.repeat(75);
    assert.equal(foldLine(line), line);
  });

  it('folds the 76th octet onto a continuation line that starts with a space', () => {
    assert.equal(foldLine('X'.repeat(76)), `${'X'.repeat(75)}\r\n X`);
  });

  it('keeps continuation lines to 75 octets including the leading space', () => {
    const folded = foldLine('Y'.repeat(300));
    assertFolded(folded);
    assert.deepEqual(
      folded.split('\r\n').map((l) => l.length),
      [75, 75, 75, 75, 4],
    );
  });

  for (const [name, text] of [
    ['emoji', '🏃‍♀️ Lauf 🏁🏅 '.repeat(12)],
    ['CJK', '柏林马拉松，東京マラソン、서울 마라톤 '.repeat(8)],
    ['accents', 'Kölner Straßenlauf, Semi-marathon de Paris, Półmaraton Warszawski '.repeat(4)],
    ['combining marks', 'e\u0301'.repeat(80)],
  ] as const) {
    it(`folds ${name} without splitting a character and unfolds to the original`, () => {
      const line = `SUMMARY:${escapeText(text)}`;
      const folded = foldLine(line);
      assertFolded(folded);
      assert.equal(unfold(folded), line);
    });
  }

  it('drops control characters and replaces lone surrogates, which have no place in a line', () => {
    assert.equal(foldLine('A\u0000B\u0007C\tD'), 'ABC\tD');
    assert.equal(foldLine('x\uD800y'), 'x\uFFFDy');
  });

  it('holds for any text: short lines, valid UTF-8, unfolds to the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (raw) => {
        const line = `DESCRIPTION:${escapeText(raw)}`;
        const folded = foldLine(line);
        assertFolded(folded);
        const expected = withoutControls(line).replace(
          /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
          '\uFFFD',
        );
        assert.equal(unfold(folded), expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe('contentLine', () => {
  it('ends with CRLF', () => {
    assert.equal(contentLine('DTSTART;VALUE=DATE', '20270328'), 'DTSTART;VALUE=DATE:20270328\r\n');
  });
});
