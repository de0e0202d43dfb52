import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Workout } from '../../../src/model/workout';
import {
  formatPace,
  formatPaceRange,
  formatStep,
  formatWorkoutLines,
} from '../../../src/workouts/format';

const I = { fastSecPerKm: 238, slowSecPerKm: 245 };

test('paces per km and per mile', () => {
  assert.equal(formatPace(245, 'km'), '4:05/km');
  assert.equal(formatPace(245, 'mi'), '6:34/mi');
  assert.equal(formatPace(359.6, 'km'), '6:00/km');
  assert.equal(formatPaceRange(I, 'km'), '3:58–4:05/km');
  assert.equal(formatPaceRange(I, 'mi'), '6:23–6:34/mi');
});

test('a workout with paces reads as a coach writes it', () => {
  const workout: Workout = {
    steps: [
      {
        type: 'warmup',
        durationMin: 15,
        zone: 'easy',
        pace: { fastSecPerKm: 294, slowSecPerKm: 326 },
      },
      {
        type: 'repeat',
        times: 5,
        steps: [
          { type: 'work', distanceKm: 1, zone: 'interval', pace: I },
          { type: 'recovery', distanceKm: 0.4, zone: 'easy' },
        ],
      },
      { type: 'cooldown', durationMin: 10.37, zone: 'easy' },
    ],
  };
  assert.deepEqual(formatWorkoutLines(workout, 'km'), [
    'Warm-up 15 min easy',
    '5 × 1000 m @ 3:58–4:05/km, 400 m jog',
    'Cool-down 10 min easy',
  ]);
});

test('without paces a step says its effort, never a pace', () => {
  assert.equal(
    formatStep({ type: 'work', durationMin: 20, zone: 'threshold' }, 'km'),
    '20 min at threshold: comfortably hard, the effort you could hold for an hour',
  );
  assert.equal(
    formatStep(
      {
        type: 'repeat',
        times: 8,
        steps: [
          { type: 'work', durationMin: 1, zone: 'repetition', uphill: true },
          { type: 'recovery', durationMin: 1.5, zone: 'easy' },
        ],
      },
      'km',
    ),
    '8 × 1 min uphill, fast and relaxed, about your mile-race effort, 90 s jog back down',
  );
  assert.equal(
    formatStep({ type: 'work', distanceKm: 16, zone: 'marathon' }, 'mi'),
    '9.9 mi at marathon pace: steady, the effort you could hold for a marathon',
  );
  assert.equal(
    formatStep({ type: 'steady', durationMin: 45 }, 'km'),
    '45 min of cross-training (cycling, swimming or the like)',
  );
});
