/**
 * The plan model: one versioned, JSON-serialisable document per season.
 *
 * Days are ISO date strings (`2027-04-19`), never `Date` objects: a training day has no time zone.
 * Everything is readonly: an edit returns a new plan, so undo is a stack of plans.
 */
import type { Paces, RecentRace, Units, Workout } from './workout';

/** An ISO calendar day, `YYYY-MM-DD`. */
export type IsoDate = string;

export const PLAN_VERSION = 2;

export const STANDARD_DISTANCES = ['5k', '10k', 'half', 'marathon', 'ultra'] as const;
export type StandardDistance = (typeof STANDARD_DISTANCES)[number];
/** A standard distance, or a custom figure in km. */
export type Distance = StandardDistance | number;

export const PRIORITIES = ['A', 'B', 'C'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const WEEK_STARTS = ['monday', 'sunday'] as const;
export type WeekStart = (typeof WEEK_STARTS)[number];

export const BLOCK_KINDS = [
  'base',
  'build',
  'peak',
  'taper',
  'race',
  'recovery',
  'down',
  'off-distance',
  'reset',
] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

export const SESSION_KINDS = [
  'rest',
  'easy',
  'long',
  'tempo',
  'threshold',
  'intervals',
  'hills',
  'race-pace',
  'strides',
  'cross-training',
  'race',
] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export const INTENSITIES = ['rest', 'easy', 'moderate', 'hard'] as const;
export type Intensity = (typeof INTENSITIES)[number];

/** The athlete's settings. Every field has a default (see `DEFAULT_SETTINGS`). */
export interface Settings {
  /** The distance of the athlete's A races; decides the off distance. */
  readonly focusDistance: Distance;
  /** Weekly volume the season starts from, in km. */
  readonly weeklyKmBaseline: number;
  readonly restWeekday: Weekday;
  readonly longRunWeekday: Weekday;
  readonly weekStart: WeekStart;
  /** At most this many hard sessions in one week. */
  readonly hardDayCap: number;
  /** A down week after this many loading weeks (3 up, 1 down). */
  readonly downWeekCycle: number;
  /** Volume of a down week relative to the loading weeks around it (0.7 = 70 %). */
  readonly downWeekRatio: number;
  readonly offDistanceBlockWeeks: number;
  /** Days of complete rest in a reset break (3 to 5). */
  readonly resetBreakDays: number;
  /** Load factor per intensity: load = minutes × factor. */
  readonly loadFactors: Readonly<Record<Intensity, number>>;
  /** A recent race result: the plan's paces (`Plan.paces`) come from it. */
  readonly recentRace?: RecentRace;
  /** How distances and paces are shown: km or miles. */
  readonly units: Units;
}

export interface Season {
  readonly start: IsoDate;
  readonly end: IsoDate;
}

export interface Race {
  readonly id: string;
  readonly name: string;
  readonly date: IsoDate;
  readonly distance: Distance;
  readonly priority: Priority;
}

export interface Block {
  readonly id: string;
  readonly kind: BlockKind;
  /** First day of the block, inclusive. */
  readonly start: IsoDate;
  /** Last day of the block, inclusive. */
  readonly end: IsoDate;
  /** For off-distance blocks: the distance they train for. */
  readonly distance?: Distance;
  /** For race-linked blocks (taper, recovery): the race. */
  readonly raceId?: string;
}

export interface Session {
  readonly id: string;
  readonly date: IsoDate;
  readonly kind: SessionKind;
  readonly intensity: Intensity;
  readonly title: string;
  readonly durationMin: number;
  readonly distanceKm: number;
  /** Moved or edited by hand: regenerating keeps it. */
  readonly pinned: boolean;
  /** Raised on every change; iCal's SEQUENCE. */
  readonly revision: number;
  readonly notes?: string;
  /** For race sessions: the race they stand for. */
  readonly raceId?: string;
  /** The steps of the session (every non-rest, non-race session of a generated plan). */
  readonly workout?: Workout;
}

export interface Plan {
  readonly version: typeof PLAN_VERSION;
  readonly id: string;
  readonly name: string;
  readonly settings: Settings;
  readonly season: Season;
  readonly races: readonly Race[];
  readonly blocks: readonly Block[];
  /** Sorted by date, then id. */
  readonly sessions: readonly Session[];
  /** The runner's training paces, when a recent race result was given. */
  readonly paces?: Paces;
  /**
   * Sessions deleted since the plan was made, kept by id, last revision and day so that an iCal
   * export can cancel the events a calendar already imported.
   */
  readonly deletedSessions?: readonly DeletedSession[];
}

/** A deleted session as the plan remembers it: enough to cancel its calendar event. */
export interface DeletedSession {
  readonly id: string;
  /** The session's last revision; the cancellation's SEQUENCE is one above it. */
  readonly revision: number;
  /** The session's day when it was deleted; missing in plans saved before it was kept. */
  readonly date?: IsoDate;
}

/** What the athlete asks the scheduler for. Every setting has a default. */
export interface PlanRequest {
  readonly id?: string;
  readonly name?: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly athlete?: AthleteInput;
  readonly races: readonly RaceInput[];
}

/** Settings as the athlete gives them: any left out take their default. */
export type AthleteInput = { readonly [K in keyof Settings]?: Settings[K] | undefined };

/** A race as the athlete types it: the id is derived when missing. */
export interface RaceInput {
  readonly id?: string;
  readonly name: string;
  readonly date: IsoDate;
  readonly distance: Distance;
  readonly priority?: Priority;
}
