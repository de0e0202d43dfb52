import { test } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { runCli } from '../../../src/cli/run';
import type { CliIo } from '../../../src/cli/run';

/** An in-memory file system and captured streams. */
function fakeIo(files: Record<string, string> = {}) {
  const store = new Map(Object.entries(files));
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readText: (path) =>
      store.has(path)
        ? { ok: true, value: store.get(path) as string }
        : { ok: false, error: `${path}: cannot read (no such file)` },
    writeText: (path, text) => {
      store.set(path, text);
      return { ok: true, value: undefined };
    },
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    now: () => Date.UTC(2026, 10, 25, 12),
  };
  return { io, store, stdout: () => out.join(''), stderr: () => err.join('') };
}

const REQUEST = {
  name: 'Two marathons',
  start: '2027-01-04',
  end: '2027-12-26',
  athlete: { focusDistance: 'marathon', weeklyKmBaseline: 55 },
  races: [
    { name: 'Spring Marathon', date: '2027-04-18', distance: 'marathon', priority: 'A' },
    { name: 'Autumn Marathon', date: '2027-10-10', distance: 'marathon', priority: 'A' },
  ],
};

test('plan writes a valid plan, and check finds no error in it', () => {
  const fs = fakeIo({ 'request.json': JSON.stringify(REQUEST) });
  assert.equal(runCli(['plan', 'request.json', '-o', 'plan.json'], fs.io), 0);
  const plan = JSON.parse(fs.store.get('plan.json') as string);
  assert.equal(plan.name, 'Two marathons');
  assert.equal(plan.races.length, 2);
  assert.ok(plan.sessions.length > 300);

  assert.equal(runCli(['check', 'plan.json', '--json'], fs.io), 0);
  const warnings = JSON.parse(fs.stdout());
  assert.ok(Array.isArray(warnings));
  assert.equal(warnings.filter((w: { severity: string }) => w.severity === 'error').length, 0);
});

test('plan prints to stdout by default and is deterministic', () => {
  const a = fakeIo({ 'r.json': JSON.stringify(REQUEST) });
  const b = fakeIo({ 'r.json': JSON.stringify(REQUEST) });
  runCli(['plan', 'r.json'], a.io);
  runCli(['plan', 'r.json'], b.io);
  assert.ok(a.stdout().startsWith('{'));
  assert.equal(a.stdout(), b.stdout());
});

test('check exits 1 on an error-severity warning and says so in words', () => {
  const fs = fakeIo({
    'r.json': JSON.stringify({
      ...REQUEST,
      races: [
        { name: 'First', date: '2027-04-18', distance: 'marathon', priority: 'A' },
        { name: 'Second', date: '2027-05-30', distance: 'marathon', priority: 'A' },
      ],
    }),
  });
  assert.equal(runCli(['plan', 'r.json', '-o', 'p.json'], fs.io), 0);
  assert.equal(runCli(['check', 'p.json'], fs.io), 1);
  assert.match(fs.stdout(), /ERROR\s+marathon-recovery/);
  assert.match(fs.stdout(), /\d+ warnings?, [1-9]\d* errors?/);
});

test('ics exports a calendar that ical.js parses, within --from/--to', () => {
  const fs = fakeIo({ 'r.json': JSON.stringify(REQUEST) });
  runCli(['plan', 'r.json', '-o', 'p.json'], fs.io);
  assert.equal(
    runCli(['ics', 'p.json', '-o', 'p.ics', '--from', '2027-03-01', '--to', '2027-03-31'], fs.io),
    0,
  );
  const calendar = new ICAL.Component(ICAL.parse(fs.store.get('p.ics') as string));
  const events = calendar.getAllSubcomponents('vevent');
  assert.ok(events.length > 10);
  for (const event of events) {
    const start = event.getFirstPropertyValue('dtstart')?.toString() ?? '';
    assert.ok(start >= '2027-03-01' && start <= '2027-03-31', start);
  }
});

const BAD_INPUT: [string, string[], Record<string, string>, RegExp][] = [
  ['a missing file', ['plan', 'nope.json'], {}, /nope\.json: cannot read/],
  ['invalid JSON', ['plan', 'r.json'], { 'r.json': '{"start": ' }, /r\.json: not valid JSON/],
  [
    'a field of the wrong type',
    ['plan', 'r.json'],
    { 'r.json': JSON.stringify({ ...REQUEST, athlete: { weeklyKmBaseline: 'lots' } }) },
    /athlete\.weeklyKmBaseline/,
  ],
  [
    'an impossible date',
    ['plan', 'r.json'],
    { 'r.json': JSON.stringify({ ...REQUEST, start: '2027-02-30' }) },
    /start: 2027-02-30 is not a calendar date/,
  ],
  [
    'a race outside the season',
    ['plan', 'r.json'],
    {
      'r.json': JSON.stringify({
        ...REQUEST,
        races: [{ name: 'Early', date: '2026-12-01', distance: '10k' }],
      }),
    },
    /races\[0\]\.date: 2026-12-01 is outside the season/,
  ],
  [
    'end before start',
    ['plan', 'r.json'],
    { 'r.json': JSON.stringify({ ...REQUEST, end: '2026-12-01', races: [] }) },
    /end: end is before start/,
  ],
  ['a plan that is not a plan', ['check', 'p.json'], { 'p.json': '[1,2]' }, /not a JSON object/],
  ['an unknown command', ['frobnicate'], {}, /unknown command frobnicate/],
  ['an unknown option', ['check', 'p.json', '--jsn'], {}, /unknown option --jsn/],
];

for (const [what, args, files, message] of BAD_INPUT) {
  test(`bad input exits 2 with one clear message: ${what}`, () => {
    const fs = fakeIo(files);
    assert.equal(runCli(args, fs.io), 2);
    assert.match(fs.stderr(), message);
    assert.doesNotMatch(fs.stderr(), /\n\s+at /, 'no stack trace');
    assert.equal(fs.stdout(), '');
  });
}

test('ics rejects a bad date range and an unknown time zone', () => {
  const fs = fakeIo({ 'r.json': JSON.stringify(REQUEST) });
  runCli(['plan', 'r.json', '-o', 'p.json'], fs.io);
  assert.equal(runCli(['ics', 'p.json', '--from', '2027-13-01'], fs.io), 2);
  assert.equal(runCli(['ics', 'p.json', '--from', '2027-05-01', '--to', '2027-04-01'], fs.io), 2);
  assert.equal(runCli(['ics', 'p.json', '--time', '07:00', '--tz', 'Mars/Olympus'], fs.io), 2);
  assert.match(fs.stderr(), /--tz: not a known IANA time zone/);
});
