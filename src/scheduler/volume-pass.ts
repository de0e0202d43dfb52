/**
 * The week-by-week pass that decides every training day's minutes.
 *
 * It walks the weeks in order and keeps, as it goes, exactly what the rules will measure: the daily
 * training load (race sessions left out, as load-spike and taper-broken count it), the volume of
 * the last loading week and the streak of loading weeks. Each week is shaped
 * (roles), sized (the athlete's current level × the day's factor), then scaled down as far as
 * `scaleLimit` requires. A week looks back at most 27 days and ahead one week, so the pass is
 * linear in the season's length.
 */
import type { Race, Settings } from '../model/plan';
import { FINAL_WEEKS_DAYS, ReliefWalk } from '../rules/down-week-overdue';
import type { DayPlan, Phase } from './day-plan';
import { indexOf } from './day-plan';
import type { Role } from './session-content';
import { LONG_WEIGHT, roleIntensity, roleWeight, WEEK_WEIGHT } from './session-content';
import type { DistanceTargets } from './distance-targets';
import { levelCap, longRunMinutes } from './distance-targets';
import { chronicFloor, EASY_MIN_PER_KM } from '../model/load';
import {
  breakMonotony,
  consolidate,
  jumpCaps,
  longest,
  roundMinutes,
  spillToEasyDays,
} from './day-minutes';
import type { Ledger, WeekLimits } from './week-limits';
import { scaleLimit } from './week-limits';
import type { FillLimits, RestRunContext, WeekDays } from './rest-runs';
import { RUN_RESERVE_MIN, restRunContext, restRunExcess, spreadRest } from './rest-runs';
import type { FixedDays, WeekShape } from './week-roles';
import { dominantPhase, shapeWeek } from './week-roles';

/** One generated training day, before it becomes a session. */
export interface PlannedDay {
  readonly day: number;
  readonly role: Role;
  readonly minutes: number;
  /** The phase whose session kinds the day uses. */
  readonly phase: Phase;
}

export interface PlannedWeeks {
  readonly days: PlannedDay[];
  /** Index of the first day of each down week. */
  readonly downWeeks: number[];
}

interface Sized {
  readonly roles: (Role | undefined)[];
  readonly chosen: Float64Array;
  readonly weights: Float64Array;
  readonly scale: number;
  readonly total: number;
}

/**
 * A layout of the week with fewer rest days in a row beyond the 2 allowed wins over one with more
 * training as long as it keeps this share of it.
 */
const REST_RUN_WORTH = 0.75;
/**
 * A week this close to an A race may shorten its long run for a run between rest days: its long
 * run is no longer one that counts for the race (those come 3–4 weeks out).
 */
const LATE_TAPER_DAYS = 14;
/** A down week never goes above this share, whatever the setting: it must count as relief. */
const MAX_DOWN_RATIO = 0.75;
/**
 * The level's rise per loading week: inside DOMAIN's 10 % a week (which the growth limit holds the
 * actual weeks to), so that the marathon's 1.4 × is reached in about five loading weeks, and a
 * 20 km a week marathoner's doubled week (the 2-h long run at half of it) within a build and peak.
 */
const LEVEL_STEP = 1.08;

/**
 * The long run the athlete is taken to have run before the season: the classic 30 % of the usual
 * week (Daniels: 25–30 %), the planner's long run before issue 9.
 */
const PRIOR_LONG_SHARE = 0.3;
/** The day factor of a marathon taper's first week (src/scheduler/race-profile.ts). */
const MARATHON_TAPER_FIRST = 0.8;
/** The race week's training at least this share of the peak week's (the floor). */
const RACE_WEEK_FLOOR = 0.3;
/** A race on this day of the week or later (Friday to Sunday from a Monday) makes it a race week. */
const LATE_IN_WEEK = 4;
/** Aimed a little above the floor: the rounding to 5 minutes must not take the week under it. */
const RACE_WEEK_MARGIN = 1.04;
/** A taper week within this many minutes of its goal is left as it is (runs round to 5 min). */
const ROUNDING_SLACK = 5;
/** The range of units a taper week is searched over (up to 4 × its own), and the steps taken. */
const GOAL_RANGE = 4;
const GOAL_STEPS = 10;
/**
 * The hard session a week that must hold quality keeps at least, when the load limits scale the
 * week far down: the shortest run planned (day-minutes.ts), which rounding keeps. Its weight is
 * raised in a few steps, as each raise lowers the week's scale.
 */
const QUALITY_FLOOR_MIN = 20;
const BOOST_STEPS = 6;
const BOOST_MIN_RISE = 1.25;
/** A long run is raised by at most this factor a step: past its jump cap it would feed the others. */
const BOOST_MAX_RISE = 1.5;
/**
 * A half or marathon block raises the weekly volume to at least this factor of the level before
 * it (issue 9: "≥ 1.15 × the base before it" for a 5K/10K runner's half block).
 */
const BLOCK_VOLUME_RISE = 1.15;
/**
 * What a taper or race week's size is sought for: `measure` of the sized week between `low` and
 * `top`, aiming at `goal`; `held` is the part of it that does not scale with the unit (the long
 * run, fixed sessions).
 */
interface WeekGoal {
  readonly measure: (sized: Sized) => number;
  readonly held: (sized: Sized) => number;
  readonly low: number;
  readonly goal: number;
  readonly top: number;
}
const LONG_BRACKETS: ReadonlySet<DistanceTargets['bracket']> = new Set([
  'half',
  'marathon',
  'ultra',
]);
const QUALITY_PHASES: ReadonlySet<Phase> = new Set(['build', 'peak', 'off-distance']);
const LOADING_PHASES: ReadonlySet<Phase> = new Set(['base', 'build', 'peak', 'off-distance']);

/**
 * Decides the minutes of every free day of the season.
 *
 * @example planWeeks(dayPlan, fixed, settings, dayTargets(dayPlan, races, settings)).days[0] // { day: 0, role: 'rest', minutes: 0, … }
 */
export function planWeeks(
  plan: DayPlan,
  fixed: FixedDays,
  settings: Settings,
  targets: readonly DistanceTargets[],
  races: readonly Race[],
): PlannedWeeks {
  const n = plan.calendar.count;
  const ledger: Ledger = {
    n,
    fixed,
    trainLoad: Float64Array.from(fixed.trainLoad),
    prefix: new Float64Array(n + 1),
    chronicFloor: chronicFloor(settings),
    runReserve: RUN_RESERVE_MIN * settings.loadFactors.easy,
  };
  const minutes = Float64Array.from(fixed.minutes);
  // The longest run of each day, settled weeks final: what long-run-jump measures each run against.
  const longestRun = Float64Array.from(fixed.longestRun);
  const hard = Uint8Array.from(fixed.hard);
  const factors = settings.loadFactors;
  const baseLevel = settings.weeklyKmBaseline * EASY_MIN_PER_KM;
  const downRatio = Math.min(settings.downWeekRatio, MAX_DOWN_RATIO);
  const days: PlannedDay[] = [];
  const downWeeks: number[] = [];

  let level = baseLevel;
  // The down-week walk of down-week-overdue, step for step, so that the scheduler's relief is the
  // rule's relief.
  const walk = new ReliefWalk();
  let streak = 0;
  // The level an off-distance block may climb to beyond its distance's: set at its first week.
  let blockFloor: number | undefined;
  // The heaviest training week since the last break: the taper is measured against it.
  let peakWeek: number | undefined;
  const finalDay = new Uint8Array(n);
  const aRaceDay = new Uint8Array(n);
  for (const race of races) {
    if (race.priority !== 'A') continue;
    const day = indexOf(plan.calendar, race.date);
    if (day >= 0 && day < n) aRaceDay[day] = 1;
    for (let i = Math.max(0, day - FINAL_WEEKS_DAYS + 1); i <= Math.min(n - 1, day); i++) {
      finalDay[i] = 1;
    }
  }

  for (let ws = plan.calendar.firstWeekStart; ws < n; ws += 7) {
    const lo = Math.max(0, ws);
    const hi = Math.min(n - 1, ws + 6);
    const full = ws >= 0 && ws + 6 < n;
    let hasTaper = false;
    let aTaper = false;
    let raceWeek = false;
    let inBreak = false;
    let quiet = true; // no taper or recovery day: a down week may go here
    for (let i = lo; i <= hi; i++) {
      const phase = plan.phase[i];
      if (phase === 'taper') hasTaper = true;
      if (phase === 'taper' && races[plan.raceIndex[i]!]?.priority === 'A') aTaper = true;
      // A race late in the week makes it the race's week; an early one leaves the week to its
      // recovery, and the week before holds the race week's training.
      if (aRaceDay[i] && i - ws >= LATE_IN_WEEK) raceWeek = true;
      if (phase === 'recovery' || phase === 'reset') inBreak = true;
      if (phase === 'taper' || phase === 'recovery') quiet = false;
    }
    const final = full && finalDay[ws] === 1;
    const reference = walk.reference();
    // Relief is due this week; or next week, but next week's races alone outweigh a relief week.
    // Never in the final weeks before an A race, a break or the return week after one.
    const mustRelief =
      full &&
      !final &&
      !inBreak &&
      !walk.returning() &&
      reference !== undefined &&
      (streak >= settings.downWeekCycle ||
        (streak === settings.downWeekCycle - 1 &&
          weekMinutes(minutes, ws + 7, n) > 0.7 * reference));
    // The relief limit measures against the rule's yardstick, the growth limit the last week.
    // After a break the growth starts from the return week, but never from less than half the
    // usual week (load-spike's floor does the same for the chronic load): a return week the load
    // limits kept small must not hold the weeks after it small too.
    const grownFrom = walk.lastLoading();
    const lastLoading = mustRelief
      ? reference
      : grownFrom === undefined
        ? undefined
        : Math.max(grownFrom, 0.5 * baseLevel);
    const limits: WeekLimits = { ws, hasTaper, full, lastLoading, mustRelief };
    const dominant = dominantPhase(plan, ws);
    const down = mustRelief && quiet && LOADING_PHASES.has(dominant);
    const weekTargets = targets[hi]!;
    // A half block raises the week over the base before it, whichever distance that base trained
    // for (a marathon's base can be above the half's own peak at a low baseline).
    if (dominant !== 'off-distance') blockFloor = undefined;
    else if (blockFloor === undefined) {
      blockFloor = LONG_BRACKETS.has(weekTargets.bracket) ? BLOCK_VOLUME_RISE * level : 0;
    }
    const capOf = (phase: Phase): number =>
      Math.max(
        levelCap(weekTargets, phase, baseLevel),
        phase === 'off-distance' ? (blockFloor ?? 0) : 0,
      );
    // The phase's cap holds from the week's start: after a marathon the level comes back to the
    // base (or the block's) level, not the pre-taper peak the load limits would then cut down.
    if (LOADING_PHASES.has(dominant)) {
      level = Math.min(level, capOf(dominant));
    }
    // An A race's taper is measured against the peak week (Pfitzinger 18/55: 82/58/40 %), not
    // against wherever the level stands.
    // A down week is "about 70 % of the surrounding volume": of the loading weeks it is judged
    // against, not of a level the spike limits may have held the weeks below.
    const weekLevel =
      aTaper && peakWeek !== undefined
        ? peakWeek
        : down && reference !== undefined
          ? Math.min(level, reference)
          : level;
    // A taper's long run is the peak's: sized at the level the peak reached, which its last week
    // may not have trained at in full (the load limits), so that the longest run still comes
    // 3 weeks out at its full length (a 50K's 3 h; 32 km in Pfitzinger 18/55).
    const longLevel = aTaper ? Math.max(level, weekLevel) : weekLevel;
    const longMin = longRunMinutes(weekTargets, dominant, longLevel) * (down ? downRatio : 1);
    // The long run is sized on its own (its length is the distance's need); the other days share
    // the rest of the week by their weights.
    let unit =
      (Math.max(0, weekLevel - longMin / (down ? downRatio : 1)) / (WEEK_WEIGHT - LONG_WEIGHT)) *
      (down ? downRatio : 1);
    const caps = jumpCaps(longestRun, fixed.longestRun, ws, n, PRIOR_LONG_SHARE * baseLevel);
    const previousHard = ws > 0 && hard[ws - 1]! > 0;
    const restRuns = restRunContext(plan, fixed, minutes, settings, ws, previousHard);
    const fillLimits: FillLimits = {
      caps,
      fixedLoad: fixed.load,
      ws,
      easyFactor: factors.easy,
      longMayGive: down || aRaceWithin(aRaceDay, ws, LATE_TAPER_DAYS),
      fits: (days) => scaleLimit(ledger, limits, days.chosen, days.weights) >= 1 - 1e-9,
    };

    const size = (shape: WeekShape, hardBoost = 1, longBoost = 1): Sized => {
      const roles = [...shape.roles];
      const wanted = new Float64Array(7);
      const weights = new Float64Array(7);
      let easyIndex = 0;
      // Minutes the days' longest cut off (a very high week): the easy days below theirs take them.
      let cut = 0;
      for (let j = 0; j < 7; j++) {
        const role = roles[j];
        if (role === undefined) continue;
        const i = ws + j;
        const weight = roleWeight(role, role === 'easy' ? easyIndex++ : 0);
        const boost = role === 'hard' ? hardBoost : 1;
        const nominal = role === 'long' ? longMin * longBoost : weight * unit * boost;
        // The marathon taper's first week keeps its long run whole (Pfitzinger 18/55 runs 32 km
        // three weeks out): the longest run comes 3–4 weeks before the race, not 5.
        const factor = role === 'long' && wholeTaperLong(plan, races, i) ? 1 : plan.factor[i]!;
        wanted[j] = Math.min(nominal * factor, longest(role));
        if (role !== 'long') cut += nominal * factor - wanted[j]!;
      }
      spillToEasyDays(wanted, roles, cut);
      consolidate(wanted, roles);
      for (let j = 0; j < 7; j++) {
        const role = roles[j];
        if (role !== undefined) weights[j] = factors[roleIntensity(role)];
      }
      // Rounding and the monotony fix move the minutes after the limit is computed, and a lighter
      // day can tighten next week's spike limit (it is part of that week's 21-day base): check
      // again until the rounded week itself fits.
      const settle = (rounded: Float64Array): WeekDays => {
        if (full) breakMonotony(rounded, wanted, weights, fixed.load, ws, roles);
        // A week the load limits cut may shorten its long run as well for a run in between.
        const cut = scale < 1 - 1e-9;
        const limitsNow = cut ? { ...fillLimits, longMayGive: true } : fillLimits;
        return spreadRest({ chosen: rounded, roles, weights }, restRuns, limitsNow);
      };
      let scale = Math.min(1, scaleLimit(ledger, limits, wanted, weights));
      let week = settle(roundMinutes(wanted, scale, caps, roles));
      for (let attempt = 0; attempt < 12; attempt++) {
        const room = scaleLimit(ledger, limits, week.chosen, week.weights);
        if (room >= 1 - 1e-9) break;
        scale *= Math.min(0.97, room);
        week = settle(roundMinutes(wanted, scale, caps, roles));
      }
      const { chosen } = week;
      let total = 0;
      for (let j = 0; j < 7; j++) total += chosen[j]!;
      return { roles: week.roles, chosen, weights: week.weights, scale, total };
    };

    // A week that must shrink a lot (coming back from a recovery, say) keeps more easy running
    // with fewer hard sessions: hard minutes weigh 2.5 times in the load.
    const dueMet = qualityGiven(plan, hard, ws);
    const first = shapeWeek(plan, fixed, settings, ws, down ? 1 : 7, previousHard, dueMet);
    let shape = first;
    let sized = size(first);
    // The final weeks before an A race, its taper, the build, peak and off-distance weeks and the
    // week after a B or C race keep at least one quality session: trading it for easy minutes is what once left a "peak" week,
    // and three weeks of a 5K block, without any.
    let due = false;
    for (let i = lo; i <= hi; i++) if (plan.qualityDue[i] === 1) due = true;
    const quality = final || aTaper || due || QUALITY_PHASES.has(dominant);
    // The quality due after a B or C race stays on those days.
    const keepsQuality = (s: Sized): boolean =>
      (!quality || !hasHard(sized) || hasHard(s)) &&
      (!hasDueHard(plan, sized, ws) || hasDueHard(plan, s, ws));
    // A layout that gives that quality at all (the load limits can cut it to nothing) wins.
    const gainsDue = (s: Sized): boolean => hasDueHard(plan, s, ws) && !hasDueHard(plan, sized, ws);
    // Resting the first days must not rest the long run of a loading week: a few weeks of that
    // after a race kept an ultra's long run from reaching 3 h twice.
    const hadLong = longMinutes(sized) > 0 && LOADING_PHASES.has(dominant);
    const keepsLong = (s: Sized): boolean => !hadLong || longMinutes(s) > 0;
    for (let maxHard = first.hardCount - 1; maxHard >= 0 && sized.scale < 0.85; maxHard--) {
      const fewerShape = shapeWeek(plan, fixed, settings, ws, maxHard, previousHard, dueMet);
      const fewer = size(fewerShape);
      if (keepsQuality(fewer) && (gainsDue(fewer) || prefersLayout(fewer, sized, restRuns))) {
        sized = fewer;
        shape = fewerShape;
      }
    }
    // One factor scales the whole week, and the spike window that ends on its first day is nearly
    // all last week's (settled) load: when that window is full, it shrinks every day of the week,
    // to nothing at worst, and a taper after an empty week must stay empty. Resting the first days
    // instead lets the rest of the week train.
    for (let k = 1; k < 7 && sized.scale < 0.85; k++) {
      const later = size(restFirst(shape, k));
      const takes = gainsDue(later) || prefersLayout(later, sized, restRuns);
      if (keepsQuality(later) && keepsLong(later) && takes) sized = later;
    }
    // A week the limits scale far down scales its hard session under the shortest worth running:
    // it keeps that much instead, and the other days give way.
    const sizeKeepingHard = (candidateShape: WeekShape, longBoost = 1): Sized => {
      let boost = 1;
      let candidate = size(candidateShape, boost, longBoost);
      for (let step = 0; step < BOOST_STEPS && candidateShape.hardCount > 0; step++) {
        if (hasHard(candidate) || !(candidate.scale > 0)) break;
        const kept = roleWeight('hard', 0) * unit * candidate.scale;
        boost = Math.max(boost * BOOST_MIN_RISE, QUALITY_FLOOR_MIN / kept);
        candidate = size(candidateShape, boost, longBoost);
      }
      return candidate;
    };
    // A week that must hold quality and lost it to the load limits (its hard days scaled under
    // the shortest session, or rested) gets the largest week that keeps a hard session: a 5K
    // block once opened with three weeks without one.
    // Its first days rested, the quality and the long run go on the days after them: the spike
    // windows that end early in the week are mostly last week's, and after a recovery they leave
    // those days no room (a 5K block's first week once held no quality for that).
    if (quality && !hasHard(sized)) {
      for (let maxHard = 1; maxHard <= Math.max(1, first.hardCount); maxHard++) {
        const hardShape = shapeWeek(plan, fixed, settings, ws, maxHard, previousHard, dueMet);
        for (let k = 0; k < 7; k++) {
          const later = shapeWeek(plan, fixed, settings, ws, maxHard, previousHard, dueMet, k);
          for (const candidateShape of [restFirst(hardShape, k), later]) {
            const candidate = sizeKeepingHard(candidateShape);
            const better = !hasHard(sized) || candidate.total > sized.total;
            if (hasHard(candidate) && better && keepsLong(candidate)) {
              sized = candidate;
              shape = candidateShape;
            }
          }
        }
      }
    }
    // A half block's long run is what it trains for (issue 9: to 90 min and more): a week the
    // load limits scale down keeps its long run whole (within long-run-jump) and the other days
    // give way; after a recovery the whole week scaled once held it near an hour for weeks.
    if (dominant === 'off-distance' && LONG_BRACKETS.has(weekTargets.bracket) && !down) {
      const at = sized.roles.indexOf('long');
      const goal = at < 0 ? 0 : Math.min(longMin, caps[at]!);
      let longBoost = 1;
      for (let step = 0; step < BOOST_STEPS; step++) {
        const have = longMinutes(sized);
        if (!(have > 0) || have >= goal - ROUNDING_SLACK || !(sized.scale > 0)) break;
        longBoost *= Math.min(BOOST_MAX_RISE, goal / have);
        const candidate = sizeKeepingHard(shape, longBoost);
        if (longMinutes(candidate) <= have || !keepsQuality(candidate)) break;
        sized = candidate;
      }
    }
    // An A race's taper weeks come out at their share of the peak week (the marathon's 80/60/40 %:
    // race-profile.ts), whatever the week's shape (one hard session, no strides) and rounding
    // make of the day factors; the race week keeps at least 30 % of the peak week's training (the
    // race left out), so the legs stay used to running (one marathon's race week once held 35 min).
    // A race early in next week takes its 7 days before mostly from this week's last days: those
    // keep the 30 % on their own, as next week's days before the race are not sized yet (one
    // Wednesday marathon's 7 days before it once held 55 min of a 300-min peak, 18 %).
    const eveFrom = earlyRaceOffset(aRaceDay, ws);
    if (peakWeek !== undefined && (aTaper || raceWeek || eveFrom !== undefined)) {
      const floor = raceWeek ? RACE_WEEK_FLOOR * peakWeek : 0;
      const share = aTaper ? taperShare(plan, ws, n) * peakWeek : 0;
      const goal = Math.max(share, floor * RACE_WEEK_MARGIN);
      // Only a taper week is held down to its goal (the whole long run 3 weeks out may take it
      // over); a race week under the floor is only raised.
      const whole: WeekGoal = {
        measure: (s) => s.total,
        held: longMinutes,
        low: Math.max(goal - ROUNDING_SLACK, floor),
        goal,
        top: aTaper ? goal + ROUNDING_SLACK : Infinity,
      };
      // The week's total grows with the unit, in jumps (short runs merge, minutes round to 5):
      // halve the unit's range towards the goal, keeping the nearest week that keeps its quality
      // and all but two of its running days (a week cut down to its long run once left 5 rest
      // days before a race; the taper's first week, with its whole long run, may need two fewer).
      const fewestDays = runDays(sized) - 2;
      let sizedUnit = unit;
      const seek = ({ measure, held, low, goal, top }: WeekGoal): void => {
        const miss = (s: Sized): number => {
          const value = measure(s);
          return value < low ? low - value : value > top ? value - top : 0;
        };
        unit = sizedUnit;
        let below = measure(sized) < low ? unit : 0;
        let above = measure(sized) < low ? unit * GOAL_RANGE : unit;
        for (let k = 0; k < GOAL_STEPS && miss(sized) > 0 && sized.total > 0; k++) {
          // The first step goes straight to where the goal would be if the minutes scaled with the
          // unit (the long run aside), within the range; the next ones halve it.
          const others = measure(sized) - held(sized);
          const estimate = others > 0 ? (unit * (goal - held(sized))) / others : NaN;
          unit = k === 0 && estimate > below && estimate < above ? estimate : (below + above) / 2;
          const resized = size(shape);
          if (measure(resized) < low) below = unit;
          else above = unit;
          const overshoots = measure(sized) < low && measure(resized) > top;
          const better = !overshoots && miss(resized) < miss(sized);
          const keepsDays = resized.total > sized.total || runDays(resized) >= fewestDays;
          if (better && keepsDays && keepsQuality(resized)) {
            sized = resized;
            sizedUnit = unit;
          }
        }
      };
      const base = unit;
      seek(whole);
      if (sized.total < floor) {
        sizedUnit = base;
        seek({ ...whole, top: Infinity });
      }
      if (eveFrom !== undefined) {
        // Fixed training (a C race aside) on those days counts as well.
        let fixedTraining = 0;
        for (let i = ws + eveFrom; i < ws + 7; i++) {
          fixedTraining += (fixed.minutes[i] ?? 0) - (fixed.raceMinutes[i] ?? 0);
        }
        const from = (s: Sized): number => fixedTraining + minutesFrom(s, eveFrom, () => true);
        const eveFloor = RACE_WEEK_FLOOR * peakWeek;
        const eve: WeekGoal = {
          measure: from,
          held: (s) => fixedTraining + minutesFrom(s, eveFrom, (role) => role === 'long'),
          low: eveFloor,
          goal: eveFloor * RACE_WEEK_MARGIN,
          top: eveFloor * RACE_WEEK_MARGIN + ROUNDING_SLACK,
        };
        // Only raised: near the floor first (the taper goes on falling), any week above it if none is.
        const before = sizedUnit;
        if (from(sized) < eveFloor) seek(eve);
        if (from(sized) < eveFloor) {
          sizedUnit = before;
          seek({ ...eve, top: Infinity });
        }
      }
    }

    for (let j = 0; j < 7; j++) {
      const role = sized.roles[j];
      if (role === undefined) continue;
      const i = ws + j;
      const mins = sized.chosen[j]!;
      const dayLoad = mins * sized.weights[j]!;
      ledger.trainLoad[i] = fixed.trainLoad[i]! + dayLoad;
      minutes[i] = fixed.minutes[i]! + mins;
      const actual: Role = mins > 0 ? role : 'rest';
      if (actual === 'hard') hard[i] = 1;
      if (mins > 0) longestRun[i] = Math.max(longestRun[i]!, mins);
      days.push({ day: i, role: actual, minutes: mins, phase: plan.phase[i]! });
    }
    for (let i = lo; i <= hi; i++) ledger.prefix[i + 1] = ledger.prefix[i]! + ledger.trainLoad[i]!;
    if (down) downWeeks.push(ws);

    if (full) {
      const volume = weekMinutes(minutes, ws, n);
      const kind = walk.next({ volume, inBreak, final });
      if (kind === 'loading') streak++;
      else if (kind !== 'final') streak = 0;
      if (kind === 'break') {
        peakWeek = undefined;
        level = Math.min(level, levelCap(weekTargets, 'base', baseLevel));
      }
      if (kind === 'loading' || kind === 'final' || kind === 'return') {
        const training = volume - weekMinutes(fixed.raceMinutes, ws, n);
        if (LOADING_PHASES.has(dominant)) peakWeek = Math.max(peakWeek ?? 0, training);
        if (!down && LOADING_PHASES.has(dominant)) level *= LEVEL_STEP;
      }
    }
    if (LOADING_PHASES.has(dominant)) {
      level = Math.min(level, capOf(dominant));
    }
  }
  return { days, downWeeks };
}

/**
 * The day of this week from which the 7 days before an A race early in next week (before
 * `LATE_IN_WEEK`) begin, if there is one: such a race's days before it are mostly this week's.
 */
function earlyRaceOffset(aRaceDay: Uint8Array, ws: number): number | undefined {
  for (let j = 0; j < LATE_IN_WEEK; j++) {
    const i = ws + 7 + j;
    if (i >= 0 && aRaceDay[i] === 1) return j;
  }
  return undefined;
}

/** A marathon taper's long run 19–21 days before the race, which keeps its full length. */
function wholeTaperLong(plan: DayPlan, races: readonly Race[], i: number): boolean {
  if (plan.phase[i] !== 'taper' || plan.factor[i]! < MARATHON_TAPER_FIRST) return false;
  const race = races[plan.raceIndex[i]!];
  return race !== undefined && indexOf(plan.calendar, race.date) - i >= 19;
}

/**
 * Whether sizing `next` is better than `current`: more training, unless it has more rest days in a
 * row beyond the 2 allowed (issue 9); fewer such days are worth up to a quarter of the week.
 */
function prefersLayout(next: Sized, current: Sized, context: RestRunContext): boolean {
  const more = restRunExcess(next, context);
  const less = restRunExcess(current, context);
  if (more < less) return next.total >= REST_RUN_WORTH * current.total;
  if (more > less) return next.total * REST_RUN_WORTH > current.total;
  return next.total > current.total;
}

/** Whether an A race falls in the `days` days from `ws` on. */
function aRaceWithin(aRaceDay: Uint8Array, ws: number, days: number): boolean {
  for (let i = Math.max(0, ws); i < Math.min(aRaceDay.length, ws + days); i++) {
    if (aRaceDay[i] === 1) return true;
  }
  return false;
}

/**
 * Whether the days after a B or C race right before the week already hold a hard training session
 * (a race on them is not the quality due).
 */
function qualityGiven(plan: DayPlan, hard: Uint8Array, ws: number): boolean {
  for (let i = ws - 1; i >= 0 && plan.qualityDue[i] === 1; i--) {
    if (hard[i]! > 0 && !plan.racesOn.has(i)) return true;
  }
  return false;
}

/** Whether the week holds a hard session on a day after a B or C race. */
function hasDueHard(plan: DayPlan, sized: Sized, ws: number): boolean {
  for (let j = 0; j < 7; j++) {
    const due = plan.qualityDue[ws + j] === 1;
    if (due && sized.roles[j] === 'hard' && sized.chosen[j]! > 0) return true;
  }
  return false;
}

/**
 * The share of the peak week's training a week of an A race's taper holds: the mean of its days'
 * factors, taper and recovery days by their own factor, the race day none, any other day whole.
 */
function taperShare(plan: DayPlan, ws: number, n: number): number {
  let sum = 0;
  for (let i = ws; i < ws + 7; i++) {
    const phase = i >= 0 && i < n ? plan.phase[i] : undefined;
    sum += phase === 'race' ? 0 : phase === 'taper' || phase === 'recovery' ? plan.factor[i]! : 1;
  }
  return sum / 7;
}

function longMinutes(sized: Sized): number {
  let total = 0;
  for (let j = 0; j < 7; j++) if (sized.roles[j] === 'long') total += sized.chosen[j]!;
  return total;
}

/** The minutes of the week's days from day `from` on whose role `counts`. */
function minutesFrom(sized: Sized, from: number, counts: (role: Role) => boolean): number {
  let total = 0;
  for (let j = from; j < 7; j++) {
    const role = sized.roles[j];
    if (role !== undefined && counts(role)) total += sized.chosen[j]!;
  }
  return total;
}

function runDays(sized: Sized): number {
  let count = 0;
  for (let j = 0; j < 7; j++) if (sized.chosen[j]! > 0) count++;
  return count;
}

function hasHard(sized: Sized): boolean {
  for (let j = 0; j < 7; j++) if (sized.roles[j] === 'hard' && sized.chosen[j]! > 0) return true;
  return false;
}

/** The shape with its first `k` days turned to rest (days outside the season stay so). */
function restFirst(shape: WeekShape, k: number): WeekShape {
  const roles = shape.roles.map((role, j) => (j < k && role !== undefined ? 'rest' : role));
  return { ...shape, roles, hardCount: roles.filter((role) => role === 'hard').length };
}

function weekMinutes(minutes: Float64Array, from: number, n: number): number {
  let total = 0;
  for (let i = Math.max(0, from); i < Math.min(n, from + 7); i++) total += minutes[i]!;
  return total;
}
