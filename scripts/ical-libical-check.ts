// Checks real season exports with libical, an independent strict parser (RFC 5545 restrictions
// included), through scripts/ical-check.py beside this file (python3-gi + gir1.2-ical-3.0).
// Run: node --import tsx scripts/ical-libical-check.ts
// Exits non-zero when libical reports an error or counts a different number of events, and when
// libical cannot be loaded at all, which it says in one line instead of as count failures.
// ICAL_CHECK_PYTHON names another Python (default /usr/bin/python3, where Debian's python3-gi is).
//
// libical applies RFC restrictions only under a METHOD, and a published season has none. So each
// export is also checked as a copy under METHOD:PUBLISH (RFC 5546), with a placeholder ORGANIZER
// that profile wants: that makes libical count DTSTAMP, DTSTART, UID, SEQUENCE… in every event.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deleteSession } from '../src/edits/delete-session';
import { moveSession } from '../src/edits/move-session';
import { exportIcs } from '../src/ical/export';
import type { IcsOptions } from '../src/ical/export';
import type { Plan } from '../src/model/plan';
import { generate } from '../src/scheduler/generate';

const CHECKER = fileURLToPath(new URL('./ical-check.py', import.meta.url));
const PYTHON = process.env['ICAL_CHECK_PYTHON'] ?? '/usr/bin/python3';
// ical-check.py's exit code when libical cannot be loaded (python3-gi or its ICal data missing).
const LIBICAL_MISSING = 3;
const NOW = '2027-01-04T07:00:00Z';

/** A marathoner's year, edited once or twice the way a user would, so SEQUENCE and CANCELLED show. */
function marathonersYear(): Plan {
  const plan = generate({
    name: 'Marathon year 2027 — Berlin, Köln; 柏林 🏃',
    start: '2027-01-04',
    end: '2027-12-26',
    races: [
      { name: 'Berliner Halbmarathon', date: '2027-04-04', distance: 'half', priority: 'B' },
      { name: 'Kölner 10 km, Straßenlauf', date: '2027-05-16', distance: '10k', priority: 'C' },
      { name: 'BMW Berlin-Marathon', date: '2027-09-26', distance: 'marathon', priority: 'A' },
    ],
  });
  const easy = plan.sessions.filter((s) => s.kind === 'easy');
  let edited = plan;
  const [toMove, toDelete] = [easy[10], easy[20]];
  if (toMove) {
    const moved = moveSession(
      edited,
      toMove.id,
      toMove.date === '2027-03-27' ? '2027-03-26' : '2027-03-27',
    );
    if (moved.ok) edited = moved.value;
  }
  if (toDelete) {
    const deleted = deleteSession(edited, toDelete.id);
    if (deleted.ok) edited = deleted.value;
  }
  return edited;
}

const plan = marathonersYear();
const variants: { file: string; what: string; options: IcsOptions; events: number }[] = [];
const training = plan.sessions.filter((s) => s.kind !== 'rest').length;
const cancelled = plan.deletedSessions?.length ?? 0;
variants.push(
  {
    file: 'all-day.ics',
    what: 'all-day events, rest days left out, deleted sessions cancelled',
    options: { now: NOW },
    events: training + cancelled,
  },
  {
    file: 'all-day-blocks.ics',
    what: 'all-day events with rest days and blocks as multi-day events',
    options: { now: NOW, includeBlocks: true, includeRest: true },
    events: plan.sessions.length + plan.blocks.length + cancelled,
  },
  {
    file: 'timed-berlin.ics',
    what: 'timed at 07:00 Europe/Berlin with its VTIMEZONE',
    options: { now: NOW, timed: { time: '07:00', timeZone: 'Europe/Berlin' } },
    events: training + cancelled,
  },
);

/** The same calendar under the iTIP PUBLISH profile, so that libical checks every event's properties. */
function asPublish(text: string): string {
  return text
    .replace('\r\nCALSCALE:GREGORIAN\r\n', '\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n')
    .replace(
      /\r\nBEGIN:VEVENT\r\n/g,
      '\r\nBEGIN:VEVENT\r\nORGANIZER:mailto:check@example.invalid\r\n',
    );
}

const files = variants.flatMap((variant) => [
  { ...variant, text: (ics: string) => ics },
  {
    ...variant,
    file: variant.file.replace('.ics', '.publish.ics'),
    what: `${variant.what} (as METHOD:PUBLISH)`,
    text: asPublish,
  },
]);

const dir = mkdtempSync(join(tmpdir(), 'season-planner-ics-'));
try {
  const paths = files.map((file) => {
    const path = join(dir, file.file);
    writeFileSync(path, file.text(exportIcs(plan, file.options)));
    return path;
  });
  console.log(
    `libical check of "${plan.name}": ${plan.sessions.length} sessions, ${plan.races.length} races, ` +
      `${plan.blocks.length} blocks, ${cancelled} deleted session(s)`,
  );
  for (const variant of variants) {
    console.log(`  ${variant.file}: ${variant.what}, ${variant.events} events expected`);
  }
  console.log("  each also as a METHOD:PUBLISH copy, so libical checks every event's properties");
  const run = spawnSync(PYTHON, [CHECKER, ...paths], { encoding: 'utf8' });
  if (run.error) {
    console.error(
      `ical-libical-check: FAILED: cannot run ${PYTHON} (${run.error.message}); on Debian/Ubuntu: apt-get install -y python3-gi gir1.2-ical-3.0`,
    );
    process.exitCode = 1;
  } else if (run.status === LIBICAL_MISSING) {
    // ical-check.py has said, in one line, which package is missing; no file was checked.
    console.error(`ical-libical-check: FAILED: ${run.stderr.trim().replace(/^ical-check: /, '')}`);
    process.exitCode = 1;
  } else {
    process.stdout.write(run.stdout);
    process.stderr.write(run.stderr);
    let bad = run.status !== 0;
    for (const [index, variant] of files.entries()) {
      const name = variant.file.replace(/\./g, '\\.');
      const counted = new RegExp(`/${name}: (\\d+) events, (\\d+) errors`).exec(run.stdout);
      if (!counted || Number(counted[1]) !== variant.events || counted[2] !== '0') {
        console.error(
          `ical-libical-check: ${paths[index]}: expected ${variant.events} events and 0 errors`,
        );
        bad = true;
      }
    }
    console.log(
      bad ? 'ical-libical-check: FAILED' : 'ical-libical-check: all exports pass libical',
    );
    process.exitCode = bad ? 1 : 0;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
