import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatPace, formatStep, formatWorkoutLines } from '../../../src/workouts/format';

test('paces as m:ss per km or per mile', () => {
  assert.equal(formatPace(245, 'km'), '4:05 /km');
  assert.equal(formatPace(300, 'km'), '5:00 /km');
  assert.equal(formatPace(245, 'mi'), '6:34 /mi');
  assert.throws(() => formatPace(0, 'km'), /secPerKm must be a positive number, got 0/);
});

test('steps: time or distance, zone or pace, repeats in brackets', () => {
  assert.equal(
    formatStep({ type: 'warmup', durationMin: 15, zone: 'easy' }, 'km'),
    '15 min warm-up, easy',
  );
  assert.equal(
    formatStep({ type: 'work', durationMin: 20, zone: 'threshold' }, 'km'),
    '20 min at threshold pace',
  );
  assert.equal(
    formatStep(
      {
        type: 'repeat',
        times: 5,
        steps: [
          {
            type: 'work',
            distanceKm: 1,
            zone: 'interval',
            pace: { fastSecPerKm: 238, slowSecPerKm: 245 },
          },
          { type: 'recovery', distanceKm: 0.4, zone: 'easy' },
        ],
      },
      'km',
    ),
    '5 × (1 km at 3:58–4:05 /km, 400 m jog, easy)',
  );
  assert.equal(formatStep({ type: 'cooldown', durationMin: 2.5 }, 'km'), '2:30 min cool-down');
});

test('a workout is one line per step', () => {
  const lines = formatWorkoutLines(
    {
      steps: [
        { type: 'steady', durationMin: 45, zone: 'easy' },
        { type: 'steady', distanceKm: 8, zone: 'marathon' },
      ],
    },
    'mi',
  );
  assert.deepEqual(lines, ['45 min, easy', '4.97 mi at marathon pace']);
});
