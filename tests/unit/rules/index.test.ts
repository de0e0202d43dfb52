import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RULE_IDS } from '../../../src/model/warning';
import { checkPlan, RULES } from '../../../src/rules/index';
import { cleanPlan, everyDay, planWith, race, run } from '../fixtures/plans';

test('RULES registers every rule id once, in the order of RULE_IDS', () => {
  assert.deepEqual(
    RULES.map((rule) => rule.id),
    [...RULE_IDS],
  );
});

test('each rule reports only warnings under its own id', () => {
  const plan = planWith({
    races: [race('a', '2027-04-18'), race('b', '2027-05-09')],
    sessions: everyDay('2027-03-01', '2027-04-30', 'tempo', 60),
  });
  for (const rule of RULES) {
    for (const warning of rule.check(plan)) assert.equal(warning.rule, rule.id);
  }
});

test('a regular plan with down weeks and rest days is clean, for Monday and Sunday weeks', () => {
  assert.deepEqual(checkPlan(cleanPlan()), []);
  assert.deepEqual(checkPlan(cleanPlan({ settings: { weekStart: 'sunday' } })), []);
  const twoYears = { start: '2027-01-06', end: '2029-02-11' };
  assert.deepEqual(checkPlan(cleanPlan({ season: twoYears })), []);
});

test('warnings come sorted by start, then rule id, then the rest, whatever the rules order', () => {
  const plan = planWith({
    races: [race('a', '2027-04-18'), race('b', '2027-05-09')],
    sessions: [
      ...everyDay('2027-03-01', '2027-04-30', 'easy', 60),
      run('2027-04-13', 'tempo', 30),
      run('2027-04-14', 'tempo', 30),
    ],
  });
  const warnings = checkPlan(plan);
  assert.ok(warnings.length > 5);
  const key = (w: (typeof warnings)[number]) => `${w.start} ${w.rule}`;
  for (let i = 1; i < warnings.length; i++) assert.ok(key(warnings[i - 1]!) <= key(warnings[i]!));
  assert.deepEqual(checkPlan(structuredClone(plan)), warnings);
  assert.ok(warnings.some((w) => w.rule === 'marathon-recovery'));
  assert.ok(warnings.some((w) => w.rule === 'hard-days-back-to-back'));
});
