/**
 * The argument schema of every channel of `PlannerApi`. The page is untrusted: main validates every
 * argument with these before a handler runs, with the same plan schemas the core loads files with.
 */
// A namespace import lets the bundler keep only the zod this file uses (see src/plan/schema.ts).
import * as z from 'zod';
import { isoDateSchema, planRequestSchema, planSchema, formatIssues } from '../plan/schema';
import { MAX_ICS_CHARS } from '../ical/ics-structure';
import { isTimeZone } from '../ical/time-zone';
import { strictObject } from '../plan/strict';
import type { Result } from '../model/result';
import { fail, ok } from '../model/result';
import type { PlannerApi, Preferences, WindowState } from './contract';

const planId = z.string().min(1).max(200);

export const windowStateSchema = z.object({
  x: z.number().int().min(-100_000).max(100_000).exactOptional(),
  y: z.number().int().min(-100_000).max(100_000).exactOptional(),
  width: z.number().int().min(100).max(100_000),
  height: z.number().int().min(100).max(100_000),
  maximized: z.boolean(),
}) satisfies z.ZodType<WindowState>;

export const preferencesSchema = z.object({
  theme: z.enum(['system', 'light', 'dark']),
  weekStart: z.enum(['monday', 'sunday']),
  lastPlanId: planId.nullable(),
  view: z.enum(['season', 'month', 'week']),
  window: windowStateSchema.nullable(),
}) satisfies z.ZodType<Preferences>;

/** A plan name as the user types it: trimmed, not empty. */
export const planNameSchema = z
  .string()
  .trim()
  .min(1, { message: 'the name is empty' })
  .max(200, { message: 'the name is longer than 200 characters' });

const icsExportRequestSchema = z.strictObject({
  planId,
  from: isoDateSchema.exactOptional(),
  to: isoDateSchema.exactOptional(),
  includeBlocks: z.boolean().exactOptional(),
  includeRest: z.boolean().exactOptional(),
});

const workoutExportRequestSchema = z.strictObject({
  planId,
  from: isoDateSchema.exactOptional(),
  to: isoDateSchema.exactOptional(),
});

const timeZoneSchema = z
  .string()
  .max(100, { message: 'a time zone name is at most 100 characters' })
  .refine(isTimeZone, { message: 'not a time zone this system knows (e.g. Australia/Sydney)' });

const icsImportRequestSchema = strictObject({
  from: isoDateSchema.exactOptional(),
  to: isoDateSchema.exactOptional(),
  timeZone: timeZoneSchema.exactOptional(),
}).refine((r) => r.from === undefined || r.to === undefined || r.from <= r.to, {
  message: 'the end is before the start (from is after to)',
  path: ['to'],
});

/** The path of a file the page was given back by `importRacesIcs`: only used in messages. */
const icsPath = z.string().min(1).max(4096);

const icsText = z.string().max(MAX_ICS_CHARS, {
  message: `the calendar is larger than ${MAX_ICS_CHARS / 1024 / 1024} MB, the most that is read`,
});

const none = z.tuple([]);

/**
 * One tuple schema per method: the arguments as they arrive over IPC. `satisfies` ties the keys to
 * `PlannerApi`, so a method added to the contract without a schema fails to compile.
 */
export const ARGUMENT_SCHEMAS = {
  listPlans: none,
  createPlan: z.tuple([planRequestSchema]),
  loadPlan: z.tuple([planId]),
  savePlan: z.tuple([planSchema]),
  renamePlan: z.tuple([planId, planNameSchema]),
  duplicatePlan: z.tuple([planId]),
  deletePlan: z.tuple([planId]),
  getPreferences: none,
  setPreferences: z.tuple([preferencesSchema.partial().strict()]),
  getStartupReport: none,
  exportIcs: z.tuple([icsExportRequestSchema]),
  exportPlanFile: z.tuple([planId]),
  exportWorkouts: z.tuple([workoutExportRequestSchema]),
  importPlanFile: none,
  importRacesIcs: z.tuple([icsImportRequestSchema]),
  readRacesIcs: z.tuple([icsPath, icsText, icsImportRequestSchema]),
  printToPdf: none,
} as const satisfies Record<keyof PlannerApi, z.ZodType<readonly unknown[]>>;

/**
 * Validates the arguments of one method; errors name the argument and the path within it.
 *
 * @example validateArguments('loadPlan', [42]) // { ok: false, error: ['[0]: Invalid input: expected string, received number'] }
 */
export function validateArguments<K extends keyof PlannerApi>(
  method: K,
  args: unknown,
): Result<Parameters<PlannerApi[K]>> {
  if (!Array.isArray(args)) return fail(['the arguments are not a list']);
  const schema = ARGUMENT_SCHEMAS[method];
  const expected = schema.def.items.length;
  if (args.length !== expected) {
    return fail([`${method} takes ${expected} argument(s), got ${args.length}`]);
  }
  const parsed = schema.safeParse(args);
  if (!parsed.success) return fail(formatIssues(parsed.error.issues));
  return ok(parsed.data as unknown as Parameters<PlannerApi[K]>);
}
