/**
 * The core functions the library and the API are given, in one place for the desktop app and the
 * browser implementation alike: the scheduler and the iCal export and import.
 */
import { exportIcs } from '../ical/export';
import { readIcsRaces } from '../ical/import';
import { generate } from '../scheduler/generate';
import type { IcalPort } from './planner-api';

const ical: IcalPort = {
  exportPlan: (plan, options) => exportIcs(plan, options),
  importRaces: (text, options) => readIcsRaces(text, options),
};

export const CORE_PORTS = { generate, ical } as const;
