/**
 * The schemas of the plan file and the plan request (zod). Loading, IPC validation and the store all
 * use these, so the page, the main process and the CLI agree on what a valid plan is.
 */
// A namespace import lets the bundler keep only the zod the schemas use (≈ 90 KiB instead of 450).
import * as z from 'zod';
import { daysBetween, isIsoDate } from '../dates';
import {
  BLOCK_KINDS,
  INTENSITIES,
  PLAN_VERSION,
  PRIORITIES,
  SESSION_KINDS,
  STANDARD_DISTANCES,
  WEEKDAYS,
  WEEK_STARTS,
} from '../model/plan';
import type { Plan, PlanRequest, Settings } from '../model/plan';
import { STEP_TYPES, UNITS, ZONES } from '../model/workout';
import { vdotFromRace } from '../paces/zones';
import { RACE_PACE_MIN_PER_KM } from '../model/race-session';
import { FIELD_SEPARATOR, oneOf, shownValue, strictObject } from './strict';

const ISO_DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export const isoDateSchema = z.string().superRefine((value, ctx) => {
  if (!ISO_DAY_PATTERN.test(value)) {
    ctx.addIssue({ code: 'custom', message: 'not a date (YYYY-MM-DD)' });
  } else if (!isIsoDate(value)) {
    // Said plainly: "not a date" for 2027-02-30 reads as a format problem, and it is not one.
    ctx.addIssue({ code: 'custom', message: `${value} is not a calendar date` });
  }
});

const DISTANCE_WORDS = `${STANDARD_DISTANCES.join(', ')}, or a number of km`;

/** A distance: a standard name or km up to `maxKm`; the message lists what is accepted. */
function distanceUpTo(maxKm: number, why: string) {
  const range = `a distance is more than 0 and at most ${maxKm} km${why}`;
  const km = z
    .number()
    .positive({ error: (issue) => `${shownValue(issue.input)} km is out of range: ${range}` })
    .max(maxKm, { error: (issue) => `${shownValue(issue.input)} km is out of range: ${range}` });
  return z.union([z.enum(STANDARD_DISTANCES), km], {
    error: (issue) => `${shownValue(issue.input)} is not a distance: expected ${DISTANCE_WORDS}`,
  });
}

export const distanceSchema = distanceUpTo(1000, '');

/** The longest a training session may last: a day. */
export const MAX_TRAINING_MIN = 24 * 60;

/**
 * The longest a race session may last: 72 hours. A 100-mile trail race takes a back-of-the-pack runner
 * more than a day, so a day is too short for race sessions.
 */
export const MAX_SESSION_MIN = 72 * 60;

/**
 * The longest race a request may hold: 261 km (24 hours at the 5:30/km a race is planned at without
 * a result). With a result the race lasts its predicted time; the slowest runner the pace model
 * covers (VDOT 15) takes about 50 hours for it, inside MAX_SESSION_MIN.
 */
export const MAX_RACE_KM = Math.floor((24 * 60) / RACE_PACE_MIN_PER_KM);

/**
 * The longest season a request may span: 20 years. The plan file holds at most 20,000 sessions
 * (about 55 years of one a day); 20 years keeps every generated plan well inside that, and is
 * longer than any training season.
 */
export const MAX_SEASON_YEARS = 20;
const MAX_SEASON_DAYS = Math.round(MAX_SEASON_YEARS * 365.25);

const id = z.string().min(1).max(200);

/** A recent result: the time must parse and give a VDOT the pace model covers. */
export const recentRaceSchema = strictObject({
  distance: distanceSchema,
  time: z.string().max(20),
  date: isoDateSchema.exactOptional(),
}).superRefine((race, ctx) => {
  const vdot = vdotFromRace(race);
  if (!vdot.ok) ctx.addIssue({ code: 'custom', path: ['time'], message: vdot.error.join('; ') });
});

const paceRangeSchema = strictObject({
  fastSecPerKm: z.number().min(60).max(1800),
  slowSecPerKm: z.number().min(60).max(1800),
}).refine((range) => range.fastSecPerKm <= range.slowSecPerKm, {
  message: 'the fast end of a pace range is slower than its slow end',
});

const pacesSchema = strictObject({
  vdot: z.number().min(1).max(120),
  easy: paceRangeSchema,
  marathon: paceRangeSchema,
  threshold: paceRangeSchema,
  interval: paceRangeSchema,
  repetition: paceRangeSchema,
});

const simpleStepSchema = strictObject({
  type: oneOf(STEP_TYPES),
  durationMin: z.number().min(0).max(MAX_SESSION_MIN).exactOptional(),
  distanceKm: z.number().min(0).max(1000).exactOptional(),
  zone: oneOf(ZONES).exactOptional(),
  pace: paceRangeSchema.exactOptional(),
  uphill: z.boolean().exactOptional(),
});

const stepSchema = z.union([
  simpleStepSchema,
  strictObject({
    type: z.literal('repeat'),
    times: z.number().int().min(1).max(100),
    steps: z.array(simpleStepSchema).min(1).max(20),
  }),
]);

export const workoutSchema = strictObject({
  steps: z.array(stepSchema).max(100),
  edited: z.boolean().exactOptional(),
});

export const settingsSchema = strictObject({
  focusDistance: distanceSchema,
  weeklyKmBaseline: z.number().min(5).max(400),
  restWeekday: oneOf(WEEKDAYS),
  longRunWeekday: oneOf(WEEKDAYS),
  weekStart: oneOf(WEEK_STARTS),
  hardDayCap: z.number().int().min(0).max(7),
  downWeekCycle: z.number().int().min(1).max(12),
  downWeekRatio: z.number().min(0.3).max(1),
  offDistanceBlockWeeks: z.number().int().min(1).max(26),
  resetBreakDays: z.number().int().min(3).max(5),
  loadFactors: strictObject({
    rest: z.number().min(0).max(10),
    easy: z.number().min(0).max(10),
    moderate: z.number().min(0).max(10),
    hard: z.number().min(0).max(10),
  }),
  recentRace: recentRaceSchema.exactOptional(),
  units: oneOf(UNITS),
}) satisfies z.ZodType<Settings>;

export const raceSchema = strictObject({
  id,
  name: z.string().min(1).max(200),
  date: isoDateSchema,
  distance: distanceSchema,
  priority: oneOf(PRIORITIES),
});

export const blockSchema = strictObject({
  id,
  kind: oneOf(BLOCK_KINDS),
  start: isoDateSchema,
  end: isoDateSchema,
  distance: distanceSchema.exactOptional(),
  raceId: id.exactOptional(),
});

export const sessionSchema = strictObject({
  id,
  date: isoDateSchema,
  kind: oneOf(SESSION_KINDS),
  intensity: oneOf(INTENSITIES),
  title: z.string().max(200),
  durationMin: z.number().min(0).max(MAX_SESSION_MIN),
  distanceKm: z.number().min(0).max(1000),
  pinned: z.boolean(),
  revision: z.number().int().min(0),
  notes: z.string().max(10_000).exactOptional(),
  raceId: id.exactOptional(),
  workout: workoutSchema.exactOptional(),
}).refine((session) => session.kind === 'race' || session.durationMin <= MAX_TRAINING_MIN, {
  message: `a training session lasts at most ${MAX_TRAINING_MIN / 60} hours`,
  path: ['durationMin'],
});

const seasonSchema = strictObject({ start: isoDateSchema, end: isoDateSchema }).refine(
  (s) => s.start <= s.end,
  { message: 'end is before start', path: ['end'] },
);

export const planSchema = strictObject({
  version: z.literal(PLAN_VERSION),
  id,
  name: z.string().min(1).max(200),
  settings: settingsSchema,
  season: seasonSchema,
  races: z.array(raceSchema).max(500),
  blocks: z.array(blockSchema).max(5000),
  sessions: z.array(sessionSchema).max(20_000),
  paces: pacesSchema.exactOptional(),
  deletedSessions: z
    .array(
      strictObject({
        id,
        revision: z.number().int().min(0),
        date: isoDateSchema.exactOptional(),
      }),
    )
    .max(20_000)
    .exactOptional(),
}).superRefine((plan, ctx) => {
  // A season day that is not a date is reported by its own field; comparing to it is noise.
  const seasonDates = isIsoDate(plan.season.start) && isIsoDate(plan.season.end);
  plan.races.forEach((race, i) => {
    if (!seasonDates) return;
    if (race.date < plan.season.start || race.date > plan.season.end) {
      ctx.addIssue({
        code: 'custom',
        path: ['races', i, 'date'],
        message: `${race.date} is outside the season (${plan.season.start} to ${plan.season.end})`,
      });
    }
  });
  plan.blocks.forEach((block, i) => {
    if (block.end < block.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['blocks', i, 'end'],
        message: 'end is before start',
      });
    }
  });
}) satisfies z.ZodType<Plan>;

export const raceInputSchema = strictObject({
  id: id.exactOptional(),
  name: z.string().min(1).max(200),
  date: isoDateSchema,
  distance: distanceUpTo(MAX_RACE_KM, ' (the longest race the planner plans)'),
  priority: oneOf(PRIORITIES).exactOptional(),
});

export const planRequestSchema = strictObject({
  id: id.exactOptional(),
  name: z.string().min(1).max(200).exactOptional(),
  start: isoDateSchema,
  end: isoDateSchema,
  athlete: settingsSchema.partial().exactOptional(),
  races: z.array(raceInputSchema).max(500),
}).superRefine((request, ctx) => {
  // A date that is not one is reported by its own field; comparing it would only add noise.
  if (!isIsoDate(request.start) || !isIsoDate(request.end)) return;
  if (request.end < request.start) {
    ctx.addIssue({ code: 'custom', path: ['end'], message: 'end is before start' });
    return;
  }
  const days = daysBetween(request.start, request.end) + 1;
  if (days > MAX_SEASON_DAYS) {
    ctx.addIssue({
      code: 'custom',
      path: ['end'],
      message: `the season is ${(days / 365.25).toFixed(1)} years long; it can be at most ${MAX_SEASON_YEARS} years`,
    });
  }
  const ids = new Map<string, number>();
  request.races.forEach((race, i) => {
    if (race.id !== undefined) {
      const first = ids.get(race.id);
      if (first === undefined) ids.set(race.id, i);
      else {
        // Two races with one id would give two race sessions with one id, two events with one UID.
        ctx.addIssue({
          code: 'custom',
          path: ['races', i, 'id'],
          message: `${race.id} is already the id of races[${first}]`,
        });
      }
    }
    if (race.date < request.start || race.date > request.end) {
      ctx.addIssue({
        code: 'custom',
        path: ['races', i, 'date'],
        message: `${race.date} is outside the season (${request.start} to ${request.end})`,
      });
    }
  });
}) satisfies z.ZodType<PlanRequest>;

/**
 * Zod issues as one line each, path first: `races[2].date: not a date (YYYY-MM-DD)`.
 *
 * @example formatIssues(result.error.issues) // ['season.end: end is before start']
 */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.flatMap((issue) => {
    const path = formatPath(issue.path);
    // One line per unknown field, its own path in front (strict.ts writes one line per key).
    const lines =
      issue.code === 'unrecognized_keys' ? issue.message.split(FIELD_SEPARATOR) : [issue.message];
    return lines.map((line) => {
      if (issue.code === 'unrecognized_keys' && path) return `${path}.${line}`;
      return path ? `${path}: ${line}` : line;
    });
  });
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}
