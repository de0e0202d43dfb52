/**
 * The core functions the library and the API are given, in one place for the desktop app and the
 * browser implementation alike: the scheduler and the iCal export and import.
 */
import { generate } from '../scheduler/generate';
import type { IcalPort } from './planner-api';

// Until src/ical lands, the iCal port answers with an error the page can show.
const ical: IcalPort = {
  exportPlan() {
    throw new Error('iCal export is not part of this build yet');
  },
  importRaces() {
    return { ok: false, error: ['iCal import is not part of this build yet'] };
  },
};

export const CORE_PORTS = { generate, ical } as const;
