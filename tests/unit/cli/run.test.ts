import { test } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { FLAG_OPTIONS, USAGE, VALUE_OPTIONS, runCli } from '../../../src/cli/run';
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
  assert.match(fs.stdout(), /\d+ findings?: [1-9]\d* errors?, \d+ warnings?/);
});

test("check's count adds up: the total is the sum by severity, as listed", () => {
  const fs = fakeIo({
    'r.json': JSON.stringify({
      ...REQUEST,
      races: [
        { name: 'First', date: '2027-04-18', distance: 'marathon', priority: 'A' },
        { name: 'Second', date: '2027-05-30', distance: 'marathon', priority: 'A' },
      ],
    }),
  });
  runCli(['plan', 'r.json', '-o', 'p.json'], fs.io);
  runCli(['check', 'p.json'], fs.io);
  const text = fs.stdout();
  const listed = (word: string) => text.match(new RegExp(`^${word} `, 'gm'))?.length ?? 0;
  const count = /^(\d+) findings?: (\d+) errors?, (\d+) warnings?(?:, (\d+) notes?)?$/m.exec(text);
  assert.ok(count, text);
  const [total, errors, warnings, notes] = count.slice(1).map((n) => Number(n ?? 0));
  assert.equal(errors, listed('ERROR'));
  assert.equal(warnings, listed('WARNING'));
  assert.equal(notes, listed('INFO'));
  assert.equal(total, (errors ?? 0) + (warnings ?? 0) + (notes ?? 0));
  assert.ok((errors ?? 0) >= 1 && (warnings ?? 0) >= 1, 'the case has both severities');
});

test('plan prints a one-line summary on stderr, naming the error-level warnings', () => {
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
  const line = fs.stderr();
  assert.equal(line.split('\n').length, 2, 'one line');
  assert.match(
    line,
    /^season-planner: wrote p\.json: 51 weeks, \d+ sessions \(\d+ rest days\), 2 races; (\d+) findings: 1 error, \d+ warnings?; error: marathon-recovery 2027-04-18 to 2027-05-30\n$/,
  );
  const plan = JSON.parse(fs.store.get('p.json') as string);
  assert.match(line, new RegExp(` ${plan.sessions.length} sessions `));
  assert.equal(fs.stdout(), '');
});

test('plan to standard output keeps stdout the plan alone and the summary on stderr', () => {
  const fs = fakeIo({ 'r.json': JSON.stringify(REQUEST) });
  assert.equal(runCli(['plan', 'r.json'], fs.io), 0);
  assert.doesNotThrow(() => JSON.parse(fs.stdout()));
  assert.match(
    fs.stderr(),
    /^season-planner: wrote the plan to standard output: 51 weeks, .*; \d+ findings: 0 errors, \d+ warnings?\n$/,
  );
});

test('check and ics given a request say so, and plan given a plan says so', () => {
  const fs = fakeIo({ 'r.json': JSON.stringify(REQUEST) });
  runCli(['plan', 'r.json', '-o', 'p.json'], fs.io);
  assert.equal(runCli(['check', 'r.json'], fs.io), 2);
  assert.equal(
    fs.stderr().split('\n').at(-2),
    'season-planner: r.json is a plan request, not a plan (it has no version or sessions); make the plan first: season-planner plan r.json -o plan.json',
  );
  assert.equal(runCli(['ics', 'r.json'], fs.io), 2);
  assert.match(fs.stderr(), /r\.json is a plan request, not a plan/);
  assert.equal(runCli(['plan', 'p.json'], fs.io), 2);
  assert.match(
    fs.stderr(),
    /p\.json is already a plan \(it has a version and sessions\), not a request; to see its warnings: season-planner check p\.json/,
  );
  assert.doesNotMatch(fs.stderr(), /version: missing/);
});

test('ics says so when --from/--to select nothing, and only then', () => {
  const made = fakeIo({ 'r.json': JSON.stringify(REQUEST) });
  runCli(['plan', 'r.json', '-o', 'p.json'], made.io);
  const planText = made.store.get('p.json') as string;
  const withPlan = () => fakeIo({ 'p.json': planText });

  const outside = withPlan();
  const before = ['ics', 'p.json', '-o', 'a.ics', '--from', '2026-01-01', '--to', '2026-02-01'];
  assert.equal(runCli(before, outside.io), 0);
  assert.equal(
    outside.stderr(),
    'season-planner: note: nothing to export from 2026-01-01 to 2026-02-01: the season runs 2027-01-04 to 2027-12-26; the calendar has no events\n',
  );
  assert.doesNotMatch(outside.store.get('a.ics') as string, /BEGIN:VEVENT/);

  const inside = withPlan();
  assert.equal(runCli(['ics', 'p.json', '-o', 'b.ics', '--from', '2027-03-01'], inside.io), 0);
  assert.equal(inside.stderr(), '');

  // A range inside the season with only a rest day in it: said differently.
  const plan = JSON.parse(planText) as { sessions: { kind: string; date: string }[] };
  const restDay = plan.sessions.find((s) => s.kind === 'rest')?.date ?? '';
  const onlyRest = ['ics', 'p.json', '-o', 'c.ics', '--from', restDay, '--to', restDay];
  const rest = withPlan();
  assert.equal(runCli(onlyRest, rest.io), 0);
  assert.match(rest.stderr(), /no training session in that range of the season/);
  const withRest = withPlan();
  assert.equal(runCli([...onlyRest, '--rest'], withRest.io), 0);
  assert.equal(withRest.stderr(), '');
});

test('check writes to -o like the other commands', () => {
  const fs = fakeIo({ 'r.json': JSON.stringify(REQUEST) });
  runCli(['plan', 'r.json', '-o', 'p.json'], fs.io);
  assert.equal(runCli(['check', 'p.json', '--json', '-o', 'w.json'], fs.io), 0);
  assert.ok(Array.isArray(JSON.parse(fs.store.get('w.json') as string)));
  assert.equal(fs.stdout(), '');
});

test('- names standard input in messages, and -o - writes standard output', () => {
  const fs = fakeIo({ '-': JSON.stringify({ ...REQUEST, start: '2027-02-30' }) });
  assert.equal(runCli(['plan', '-'], fs.io), 2);
  assert.match(
    fs.stderr(),
    /^season-planner: standard input: start: 2027-02-30 is not a calendar date/,
  );
  const ok = fakeIo({ '-': JSON.stringify(REQUEST) });
  assert.equal(runCli(['plan', '-', '-o', '-'], ok.io), 0);
  assert.equal(JSON.parse(ok.stdout()).name, 'Two marathons');
  assert.equal(ok.store.has('-') && ok.store.get('-') === JSON.stringify(REQUEST), true);
});

test('--help documents every option, in lines that fit a terminal', () => {
  for (const option of [...VALUE_OPTIONS, ...FLAG_OPTIONS]) {
    assert.match(USAGE, new RegExp(`(^|[ ,])${option}\\b`, 'm'), `${option} is documented`);
  }
  for (const command of ['plan', 'check', 'ics', 'web']) {
    assert.match(USAGE, new RegExp(`^  ${command} `, 'm'), command);
  }
  for (const line of USAGE.split('\n')) assert.ok(line.length <= 100, line);
  assert.doesNotMatch(USAGE, /is not supported/);
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
