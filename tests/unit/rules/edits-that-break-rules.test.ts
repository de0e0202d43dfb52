/**
 * Every single hand edit that breaks a rule is reported by that rule: from a clean plan (checkPlan
 * gives nothing), one edit of a kind that must break a given rule, and that rule's id appears.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { runs } from '../runs';
import { addSession } from '../../../src/edits/add-session';
import { changeSession } from '../../../src/edits/change-session';
import { moveSession } from '../../../src/edits/move-session';
import { addRace } from '../../../src/edits/races';
import { addDays, daysBetween, startOfWeek } from '../../../src/dates';
import type { Plan, Session } from '../../../src/model/plan';
import type { RuleId } from '../../../src/model/warning';
import { checkPlan } from '../../../src/rules/index';
import { seasonWeeks } from '../../../src/model/weeks';
import { cleanPlans, planWith, race } from '../fixtures/plans';
import { generate } from '../../../src/scheduler/generate';
import { planRequest } from '../scheduler/arbitraries';

const HARD_KINDS = ['tempo', 'threshold', 'intervals', 'hills', 'race-pace'] as const;

function rulesAfter(result: { ok: true; value: Plan } | { ok: false; error: string[] }): RuleId[] {
  assert.ok(result.ok, result.ok ? '' : result.error.join('; '));
  return checkPlan(result.value).map((w) => w.rule);
}

const inSeason = (plan: Plan, day: string) => day >= plan.season.start && day <= plan.season.end;
const pick = <T>(items: readonly T[], n: number): T => items[n % items.length]!;
const weekOf = (plan: Plan, day: string) => startOfWeek(day, plan.settings.weekStart);

test('the clean plans really are clean', () => {
  fc.assert(
    fc.property(cleanPlans, (plan) => assert.deepEqual(checkPlan(plan), [])),
    { numRuns: runs(100) },
  );
});

test('moving a hard session next to another one is reported as hard days back to back', () => {
  fc.assert(
    fc.property(cleanPlans, fc.nat(), fc.nat(), fc.boolean(), (plan, a, b, after) => {
      const hard = plan.sessions.filter((s) => s.intensity === 'hard');
      const moved = pick(hard, a);
      const other = pick(hard, b);
      const target = addDays(other.date, after ? 1 : -1);
      fc.pre(moved !== other && target !== moved.date && inSeason(plan, target));
      assert.ok(rulesAfter(moveSession(plan, moved.id, target)).includes('hard-days-back-to-back'));
    }),
    { numRuns: runs(300) },
  );
});

test('on generated plans too: a hard session moved next to another is named with that pair of days', () => {
  fc.assert(
    fc.property(planRequest, fc.nat(), fc.nat(), fc.boolean(), (request, a, b, after) => {
      const plan = generate(request);
      const hard = plan.sessions.filter((s) => s.intensity === 'hard' && s.raceId === undefined);
      fc.pre(hard.length >= 2);
      const moved = pick(hard, a);
      const other = pick(hard, b);
      const target = addDays(other.date, after ? 1 : -1);
      fc.pre(moved !== other && target !== moved.date && inSeason(plan, target));
      const result = moveSession(plan, moved.id, target);
      assert.ok(result.ok);
      const [start, end] = after ? [other.date, target] : [target, other.date];
      const found = checkPlan(result.value).find(
        (w) => w.rule === 'hard-days-back-to-back' && w.start === start && w.end === end,
      );
      assert.ok(found?.sessionIds.includes(moved.id) && found.sessionIds.includes(other.id));
    }),
    { numRuns: runs(60) },
  );
});

test('a hard session added to a week already at the cap is reported as too many hard days', () => {
  fc.assert(
    fc.property(
      cleanPlans,
      fc.nat(),
      fc.nat(6),
      fc.constantFrom(...HARD_KINDS),
      (plan, n, offset, kind) => {
        const hard = plan.sessions.filter((s) => s.intensity === 'hard');
        const week = weekOf(plan, pick(hard, n).date);
        const count = hard.filter((s) => weekOf(plan, s.date) === week).length;
        const day = addDays(week, offset);
        fc.pre(count === plan.settings.hardDayCap && inSeason(plan, day));
        assert.ok(
          rulesAfter(addSession(plan, { date: day, kind, durationMin: 40 })).includes(
            'too-many-hard-days',
          ),
        );
      },
    ),
    { numRuns: runs(300) },
  );
});

test("replacing a full week's rest day with a run is reported as no rest day", () => {
  fc.assert(
    fc.property(
      cleanPlans,
      fc.nat(),
      fc.boolean(),
      fc.integer({ min: 10, max: 90 }),
      (plan, n, change, minutes) => {
        const full = new Set(
          seasonWeeks(plan.season, plan.settings.weekStart)
            .filter((w) => w.full)
            .map((w) => w.start),
        );
        const rests = plan.sessions.filter(
          (s) => s.kind === 'rest' && full.has(weekOf(plan, s.date)),
        );
        fc.pre(rests.length > 0);
        const rest = pick(rests, n);
        const result = change
          ? changeSession(plan, rest.id, { kind: 'easy', durationMin: minutes })
          : addSession(plan, { date: rest.date, kind: 'strides', durationMin: minutes });
        assert.ok(rulesAfter(result).includes('no-rest-day'));
      },
    ),
    { numRuns: runs(300) },
  );
});

test('a session made long and hard after the first four weeks is reported as a load spike', () => {
  fc.assert(
    fc.property(cleanPlans, fc.nat(), fc.integer({ min: 480, max: 900 }), (plan, n, minutes) => {
      const late = plan.sessions.filter((s) => daysBetween(plan.season.start, s.date) >= 27);
      fc.pre(late.length > 0);
      const session = pick(late, n);
      const result = changeSession(plan, session.id, {
        kind: 'long',
        intensity: 'hard',
        durationMin: minutes,
      });
      assert.ok(rulesAfter(result).includes('load-spike'));
    }),
    { numRuns: runs(300) },
  );
});

test('a down week lengthened into a loading week is reported as down week overdue', () => {
  fc.assert(
    // Up to 150 more minutes: more would make the following regular week a relief week (≤ 80 %).
    fc.property(cleanPlans, fc.nat(), fc.integer({ min: 40, max: 150 }), (plan, n, extra) => {
      const weeks = seasonWeeks(plan.season, plan.settings.weekStart);
      // The fixture's down weeks are every fourth week from the season's first (partial) week.
      const downs = weeks.filter((w, i) => i % 4 === 3 && w.full && weeks[i + 1]?.full);
      fc.pre(downs.length > 0);
      const week = pick(downs, n);
      const sessions = plan.sessions.filter(
        (s) => s.date >= week.start && s.date <= week.end && s.durationMin > 0,
      );
      const session = pick(sessions, n) as Session;
      const result = changeSession(plan, session.id, { durationMin: session.durationMin + extra });
      assert.ok(rulesAfter(result).includes('down-week-overdue'));
    }),
    { numRuns: runs(300) },
  );
});

test('a hard session added in the 2 days before an A race is reported as a broken taper', () => {
  fc.assert(
    fc.property(
      cleanPlans,
      fc.nat(),
      fc.integer({ min: 1, max: 2 }),
      fc.constantFrom(...HARD_KINDS),
      (plan, n, before, kind) => {
        // An A 5K on the Saturday of a down week keeps the plan clean (checked below).
        const weeks = seasonWeeks(plan.season, plan.settings.weekStart);
        const downs = weeks.filter((w, i) => i % 4 === 3 && w.full);
        fc.pre(downs.length > 0);
        const saturday = addDays(pick(downs, n).start, 5);
        const withRace = addRace(plan, {
          id: 'goal',
          name: 'Goal 5K',
          date: saturday,
          distance: '5k',
          priority: 'A',
        });
        assert.ok(withRace.ok);
        assert.deepEqual(checkPlan(withRace.value), []);
        const day = addDays(saturday, -before);
        assert.ok(
          rulesAfter(addSession(withRace.value, { date: day, kind, durationMin: 30 })).includes(
            'taper-broken',
          ),
        );
      },
    ),
    { numRuns: runs(200) },
  );
});

test('a race added in the 8 weeks after a marathon is reported as marathon recovery', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 55 }),
      fc.constantFrom('5k', '10k', 'half', 'marathon', 'ultra'),
      (gap, distance) => {
        // Race rules judge races only: a plan without sessions keeps the load rules quiet.
        const plan = planWith({ races: [race('m', '2027-05-02')], raceSessions: false });
        assert.deepEqual(checkPlan(plan), []);
        const date = addDays('2027-05-02', gap);
        const rules = rulesAfter(addRace(plan, { name: 'Next', date, distance, priority: 'B' }));
        const expected = gap <= 21 || distance === 'marathon' || distance === 'ultra';
        assert.equal(rules.includes('marathon-recovery'), expected);
        if (distance === 'marathon' || distance === 'ultra')
          assert.ok(rules.includes('back-to-back-marathons'));
      },
    ),
    { numRuns: runs(200) },
  );
});
