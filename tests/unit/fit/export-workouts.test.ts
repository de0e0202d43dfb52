import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { exportWorkouts, zipWorkouts } from '../../../src/fit/export-workouts';
import type { FitFile } from '../../../src/fit/export-workouts';
import type { Plan } from '../../../src/model/plan';
import type { Paces } from '../../../src/model/workout';
import { timeTrial } from '../../../src/workouts/time-trial';
import { run } from '../fixtures/plans';
import { assertSameSteps, decodeWithFitFileParser, decodeWithGarmin } from './decoders';
import { HILLS, PACES, expectedSteps, stepsOf, workoutPlan } from './workouts';

const NOW = Date.UTC(2027, 1, 20, 8, 30);

function exported(plan: Plan, from?: string, to?: string): FitFile[] {
  const result = exportWorkouts(plan, {
    now: NOW,
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  });
  assert.ok(result.ok, result.ok ? '' : result.error.join('\n'));
  return result.value;
}

async function checkEveryFile(plan: Plan, paces: Paces | undefined): Promise<void> {
  const files = exported(plan);
  for (const file of files) {
    const session = plan.sessions.find((s) => s.id === file.sessionId);
    assert.ok(session, file.name);
    const expected = expectedSteps(stepsOf(session), paces);
    for (const decoded of [
      decodeWithGarmin(file.bytes),
      await decodeWithFitFileParser(file.bytes),
    ]) {
      assert.equal(decoded.fileType, 'workout', file.name);
      assert.equal(decoded.sport, 'running', file.name);
      assert.equal(decoded.numValidSteps, expected.length, file.name);
      assert.match(decoded.name, new RegExp(`^${session.date.slice(5)} `), file.name);
      assertSameSteps(decoded.steps, expected);
    }
  }
}

test('every session to run becomes one FIT file, in date order; rest days and races do not', () => {
  const files = exported(workoutPlan());
  assert.deepEqual(
    files.map((f) => f.name),
    [
      '2027-03-02-intervals.fit',
      '2027-03-03-easy.fit',
      '2027-03-04-tempo.fit',
      '2027-03-06-hills.fit',
      '2027-03-07-long.fit',
    ],
  );
});

test('both decoders read every file as the session: steps, durations, speed targets, repeats', async () => {
  await checkEveryFile(workoutPlan(), undefined);
});

test("with the plan's paces, steps with a zone and no pace of their own get their zone's range", async () => {
  await checkEveryFile(workoutPlan(PACES), PACES);
});

test('the intervals session is warm-up, the two repeated steps, the repeat back to step 1, cool-down', () => {
  const [intervals] = exported(workoutPlan(), '2027-03-02', '2027-03-02');
  assert.ok(intervals);
  const decoded = decodeWithGarmin(intervals.bytes);
  assert.deepEqual(
    decoded.steps.map((s) =>
      s.kind === 'repeat' ? `repeat ${s.times} from ${s.fromStep}` : s.intensity,
    ),
    ['warmup', 'active', 'recovery', 'repeat 5 from 1', 'cooldown'],
  );
  const work = decoded.steps[1];
  assert.ok(work?.kind === 'step' && work.speed);
  // I pace 3:55–4:05 /km is 4.082–4.255 m/s.
  assert.equal(work.speed.low, 4.082);
  assert.equal(work.speed.high, 4.255);
  assert.deepEqual(work.duration, { type: 'distance', meters: 1000 });
});

test('two repeats in one session each point back at their own first step', () => {
  const plan = workoutPlan();
  const [hills] = exported(plan, '2027-03-06', '2027-03-06');
  assert.ok(hills);
  const repeats = decodeWithGarmin(hills.bytes).steps.filter((s) => s.kind === 'repeat');
  assert.deepEqual(repeats, [
    { kind: 'repeat', fromStep: 1, times: 8 },
    { kind: 'repeat', fromStep: 5, times: 4 },
  ]);
  assert.equal(HILLS.steps.length, 5);
});

test("a block's 5K time trial goes to the watch with its steps; a race does not", async () => {
  const trial = timeTrial(PACES);
  const base = workoutPlan(PACES);
  const plan: Plan = {
    ...base,
    sessions: [
      ...base.sessions,
      run('2027-03-13', 'race', trial.minutes, {
        id: 'time-trial-2027-03-13',
        title: '5K time trial',
        distanceKm: trial.distanceKm,
        workout: trial.workout,
      }),
    ],
  };
  const files = exported(plan, '2027-03-08', '2027-03-14');
  assert.deepEqual(
    files.map((f) => f.name),
    ['2027-03-13-race.fit'],
  );
  const decoded = decodeWithGarmin(files[0]!.bytes);
  assert.deepEqual(
    decoded.steps.map((s) =>
      s.kind === 'repeat' ? `repeat ${s.times} from ${s.fromStep}` : s.intensity,
    ),
    ['warmup', 'active', 'recovery', 'repeat 4 from 1', 'active', 'cooldown'],
  );
  const fiveK = decoded.steps[4];
  assert.ok(fiveK?.kind === 'step');
  assert.deepEqual(fiveK.duration, { type: 'distance', meters: 5000 });
  await checkEveryFile(plan, PACES);
});

test('a session without steps is one step of its distance, or of its time when it has none', () => {
  const files = exported(workoutPlan(), '2027-03-03', '2027-03-07');
  const easy = decodeWithGarmin((files[0] as FitFile).bytes);
  const long = decodeWithGarmin((files[3] as FitFile).bytes);
  assert.deepEqual(easy.steps, [
    {
      kind: 'step',
      intensity: 'active',
      duration: { type: 'distance', meters: 8000 },
      speed: null,
    },
  ]);
  assert.deepEqual(long.steps, [
    { kind: 'step', intensity: 'active', duration: { type: 'time', seconds: 6000 }, speed: null },
  ]);
});

test('the same plan exported twice gives the same bytes', () => {
  const a = exported(workoutPlan(PACES));
  const b = exported(workoutPlan(PACES));
  assert.deepEqual(a, b);
});

test('the zip holds every file, byte for byte, flat, and an independent unzip accepts it', () => {
  const files = exported(workoutPlan());
  const zip = zipWorkouts(files, NOW);
  const entries = unzipSync(zip);
  assert.deepEqual(Object.keys(entries).sort(), files.map((f) => f.name).sort());
  for (const file of files) assert.deepEqual(entries[file.name], file.bytes);
  const unzip = spawnSync('unzip', ['-v'], { encoding: 'utf8' });
  if (unzip.error) return; // Info-ZIP is optional; fflate's reader above has checked the entries.
  const dir = mkdtempSync(join(tmpdir(), 'fit-zip-'));
  writeFileSync(join(dir, 'workouts.zip'), zip);
  const tested = spawnSync('unzip', ['-t', join(dir, 'workouts.zip')], { encoding: 'utf8' });
  assert.equal(tested.status, 0, tested.stdout + tested.stderr);
  assert.match(tested.stdout, /No errors detected/);
});

test('a range with nothing to run, or bad dates, is refused with a message naming the problem', () => {
  const plan = workoutPlan();
  assert.deepEqual(exportWorkouts(plan, { from: '2027-03-01', to: '2027-03-01', now: NOW }), {
    ok: false,
    error: [
      'no sessions to run between 2027-03-01 and 2027-03-01 (rest days and races are left out)',
    ],
  });
  assert.deepEqual(exportWorkouts(plan, { from: '2027-3-1', to: '2027-02-30', now: NOW }), {
    ok: false,
    error: [
      'from: 2027-3-1 is not a date (YYYY-MM-DD)',
      'to: 2027-02-30 is not a date (YYYY-MM-DD)',
    ],
  });
  assert.deepEqual(exportWorkouts(plan, { from: '2027-03-05', to: '2027-03-04', now: NOW }), {
    ok: false,
    error: ['to: 2027-03-04 is before 2027-03-05'],
  });
});

test('steps a watch cannot run are refused, each by its path', () => {
  const plan = workoutPlan();
  const broken: Plan = {
    ...plan,
    sessions: plan.sessions.map((s) =>
      s.kind === 'intervals'
        ? {
            ...s,
            workout: {
              steps: [
                { type: 'warmup', durationMin: -5 },
                { type: 'repeat', times: 0, steps: [] },
                { type: 'work', distanceKm: 1, pace: { fastSecPerKm: 250, slowSecPerKm: 240 } },
              ],
            },
          }
        : s,
    ),
  };
  const result = exportWorkouts(broken, { now: NOW });
  assert.equal(result.ok, false);
  const at = 'session s-2027-03-02-intervals (2027-03-02): workout.steps';
  assert.deepEqual(result.ok ? [] : result.error, [
    `${at}[0].durationMin: -5 is not a positive length`,
    `${at}[1].times: 0 is not a whole number from 1 to 99`,
    `${at}[1].steps: a repeat needs steps to repeat`,
    `${at}[2].pace: the fast pace (250 s/km) is slower than the slow one (240)`,
  ]);
});
