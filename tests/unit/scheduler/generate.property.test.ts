import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { runs } from '../runs';
import { regenerate } from '../../../src/edits/regenerate';
import type { Plan, Session } from '../../../src/model/plan';
import { checkPlan } from '../../../src/rules/index';
import { generate } from '../../../src/scheduler/generate';
import { planRequest } from './arbitraries';
import { invariantProblems, trainingLapses, unforcedWarnings } from './plan-checks';

// Each run plans up to three years; a few hundred runs take seconds on two slow cores.
const RUNS = Number(process.env['SCHEDULER_PROPERTY_RUNS'] ?? runs(120));

test('generated plans keep every invariant (rest days, hard-day cap, spacing, down weeks, off-distance blocks)', () => {
  fc.assert(
    fc.property(planRequest, (request) => {
      const problems = invariantProblems(generate(request));
      assert.deepEqual(problems, []);
    }),
    { numRuns: RUNS },
  );
});

test('generated plans raise no rule warning except those the races force', () => {
  fc.assert(
    fc.property(planRequest, (request) => {
      const plan = generate(request);
      const unforced = unforcedWarnings(plan, checkPlan(plan));
      assert.deepEqual(
        unforced.map((w) => `${w.rule} ${w.start}..${w.end}`),
        [],
      );
    }),
    { numRuns: RUNS },
  );
});

test('training never lapses for 14 days in a row where the season has free days', () => {
  // A lapse once made the rest of a season empty: after three weeks without training (a race, its
  // recovery, a taper) any run read as a spike against a chronic load of nothing. Below 15 km a
  // week the athlete's week is a single short run, which a down week may drop under the 15-min
  // shortest session two weeks running; the check starts above that.
  fc.assert(
    fc.property(
      planRequest.filter((request) => (request.athlete?.weeklyKmBaseline ?? 50) >= 15),
      (request) => {
        assert.deepEqual(trainingLapses(generate(request)), []);
      },
    ),
    { numRuns: RUNS },
  );
});

test('generation is deterministic: the same request gives the same JSON', () => {
  fc.assert(
    fc.property(planRequest, (request) => {
      assert.equal(JSON.stringify(generate(request)), JSON.stringify(generate(request)));
    }),
    { numRuns: Math.ceil(RUNS / 4) },
  );
});

test('regenerate keeps every pinned session, its id and content, and the plan id and name', () => {
  fc.assert(
    fc.property(
      planRequest,
      fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
      (request, picks) => {
        const plan = generate(request);
        const pinned = new Map<string, Session>();
        for (const pick of picks) {
          const session = plan.sessions[pick % plan.sessions.length]!;
          if (session.kind !== 'race')
            pinned.set(session.id, { ...session, pinned: true, revision: 1 });
        }
        const edited: Plan = {
          ...plan,
          sessions: plan.sessions.map((s) => pinned.get(s.id) ?? s),
        };
        const result = regenerate(edited);
        assert.ok(result.ok);
        const next = result.value;
        assert.equal(next.id, plan.id);
        assert.equal(next.name, plan.name);
        for (const session of pinned.values()) {
          assert.deepEqual(
            next.sessions.find((s) => s.id === session.id),
            session,
          );
        }
        assert.equal(new Set(next.sessions.map((s) => s.id)).size, next.sessions.length);
      },
    ),
    { numRuns: Math.ceil(RUNS / 4) },
  );
});
