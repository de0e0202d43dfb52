/**
 * The schemas of the plan file and the plan request (zod). Loading, IPC validation and the store all
 * use these, so the page, the main process and the CLI agree on what a valid plan is.
 */
// A namespace import lets the bundler keep only the zod the schemas use (≈ 90 KiB instead of 450).
import * as z from 'zod';
import { isIsoDate } from '../dates';
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

export const isoDateSchema = z.string().refine(isIsoDate, { message: 'not a date (YYYY-MM-DD)' });

export const distanceSchema = z.union([
  z.enum(STANDARD_DISTANCES),
  z.number().positive().max(1000),
]);

const id = z.string().min(1).max(200);

/** A recent result: the time must parse and give a VDOT the pace model covers. */
export const recentRaceSchema = z
  .object({
    distance: distanceSchema,
    time: z.string().max(20),
    date: isoDateSchema.exactOptional(),
  })
  .superRefine((race, ctx) => {
    const vdot = vdotFromRace(race);
    if (!vdot.ok) ctx.addIssue({ code: 'custom', path: ['time'], message: vdot.error.join('; ') });
  });

const paceRangeSchema = z
  .object({
    fastSecPerKm: z.number().min(60).max(1800),
    slowSecPerKm: z.number().min(60).max(1800),
  })
  .refine((range) => range.fastSecPerKm <= range.slowSecPerKm, {
    message: 'the fast end of a pace range is slower than its slow end',
  });

const pacesSchema = z.object({
  vdot: z.number().min(1).max(120),
  easy: paceRangeSchema,
  marathon: paceRangeSchema,
  threshold: paceRangeSchema,
  interval: paceRangeSchema,
  repetition: paceRangeSchema,
});

const simpleStepSchema = z.object({
  type: z.enum(STEP_TYPES),
  durationMin: z
    .number()
    .min(0)
    .max(24 * 60)
    .exactOptional(),
  distanceKm: z.number().min(0).max(1000).exactOptional(),
  zone: z.enum(ZONES).exactOptional(),
  pace: paceRangeSchema.exactOptional(),
  uphill: z.boolean().exactOptional(),
});

const stepSchema = z.union([
  simpleStepSchema,
  z.object({
    type: z.literal('repeat'),
    times: z.number().int().min(1).max(100),
    steps: z.array(simpleStepSchema).min(1).max(20),
  }),
]);

export const workoutSchema = z.object({
  steps: z.array(stepSchema).max(100),
  edited: z.boolean().exactOptional(),
});

export const settingsSchema = z.object({
  focusDistance: distanceSchema,
  weeklyKmBaseline: z.number().min(5).max(400),
  restWeekday: z.enum(WEEKDAYS),
  longRunWeekday: z.enum(WEEKDAYS),
  weekStart: z.enum(WEEK_STARTS),
  hardDayCap: z.number().int().min(0).max(7),
  downWeekCycle: z.number().int().min(1).max(12),
  downWeekRatio: z.number().min(0.3).max(1),
  offDistanceBlockWeeks: z.number().int().min(1).max(26),
  resetBreakDays: z.number().int().min(3).max(5),
  loadFactors: z.object({
    rest: z.number().min(0).max(10),
    easy: z.number().min(0).max(10),
    moderate: z.number().min(0).max(10),
    hard: z.number().min(0).max(10),
  }),
  recentRace: recentRaceSchema.exactOptional(),
  units: z.enum(UNITS),
}) satisfies z.ZodType<Settings>;

export const raceSchema = z.object({
  id,
  name: z.string().min(1).max(200),
  date: isoDateSchema,
  distance: distanceSchema,
  priority: z.enum(PRIORITIES),
});

export const blockSchema = z.object({
  id,
  kind: z.enum(BLOCK_KINDS),
  start: isoDateSchema,
  end: isoDateSchema,
  distance: distanceSchema.exactOptional(),
  raceId: id.exactOptional(),
});

export const sessionSchema = z.object({
  id,
  date: isoDateSchema,
  kind: z.enum(SESSION_KINDS),
  intensity: z.enum(INTENSITIES),
  title: z.string().max(200),
  durationMin: z
    .number()
    .min(0)
    .max(24 * 60),
  distanceKm: z.number().min(0).max(1000),
  pinned: z.boolean(),
  revision: z.number().int().min(0),
  notes: z.string().max(10_000).exactOptional(),
  raceId: id.exactOptional(),
  workout: workoutSchema.exactOptional(),
});

const seasonSchema = z
  .object({ start: isoDateSchema, end: isoDateSchema })
  .refine((s) => s.start <= s.end, { message: 'end is before start', path: ['end'] });

export const planSchema = z
  .object({
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
        z.object({
          id,
          revision: z.number().int().min(0),
          date: isoDateSchema.exactOptional(),
        }),
      )
      .max(20_000)
      .exactOptional(),
  })
  .superRefine((plan, ctx) => {
    plan.races.forEach((race, i) => {
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

export const raceInputSchema = z.object({
  id: id.exactOptional(),
  name: z.string().min(1).max(200),
  date: isoDateSchema,
  distance: distanceSchema,
  priority: z.enum(PRIORITIES).exactOptional(),
});

export const planRequestSchema = z
  .object({
    id: id.exactOptional(),
    name: z.string().min(1).max(200).exactOptional(),
    start: isoDateSchema,
    end: isoDateSchema,
    athlete: settingsSchema.partial().exactOptional(),
    races: z.array(raceInputSchema).max(500),
  })
  .superRefine((request, ctx) => {
    if (request.end < request.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'end is before start' });
      return;
    }
    request.races.forEach((race, i) => {
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
  return issues.map((issue) => {
    const path = formatPath(issue.path);
    return path ? `${path}: ${issue.message}` : issue.message;
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
