/**
 * Reads our exports back with ical.js (Mozilla's parser), not with anything of our writer's, so
 * the tests judge the file as a calendar app would.
 */
import ICAL from 'ical.js';

export interface ParsedEvent {
  readonly uid: string;
  readonly summary: string;
  readonly description: string | null;
  readonly sequence: number;
  readonly status: string | null;
  readonly categories: readonly string[];
  /** `YYYY-MM-DD` for all-day events. */
  readonly startDay: string;
  readonly endDay: string;
  readonly isDate: boolean;
  /** Epoch seconds of the start and end, resolved through the file's own VTIMEZONE. */
  readonly startUnix: number;
  readonly endUnix: number;
}

export interface ParsedCalendar {
  readonly props: Readonly<Record<string, string>>;
  readonly events: readonly ParsedEvent[];
  readonly timezones: readonly string[];
}

// RFC 5545 §3.8.8.2: an X- property's value is TEXT by default; ical.js leaves unknown ones raw
// unless told, so tell it about the one calendar apps read.
ICAL.design.icalendar.property['x-wr-calname'] = { defaultType: 'text' };

function day(time: InstanceType<typeof ICAL.Time>): string {
  return `${String(time.year).padStart(4, '0')}-${String(time.month).padStart(2, '0')}-${String(time.day).padStart(2, '0')}`;
}

export function parseIcs(text: string): ParsedCalendar {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const timezones = calendar.getAllSubcomponents('vtimezone').map((zone) => {
    const tz = new ICAL.Timezone(zone);
    ICAL.TimezoneService.register(tz);
    return tz.tzid;
  });
  try {
    const events = calendar.getAllSubcomponents('vevent').map((component): ParsedEvent => {
      const event = new ICAL.Event(component);
      const categories = component
        .getAllProperties('categories')
        .flatMap((p) => p.getValues())
        .map(String);
      const status = component.getFirstPropertyValue('status');
      return {
        uid: event.uid,
        summary: event.summary,
        description: event.description ?? null,
        sequence: event.sequence,
        status: typeof status === 'string' ? status : null,
        categories,
        startDay: day(event.startDate),
        endDay: day(event.endDate),
        isDate: event.startDate.isDate,
        startUnix: event.startDate.toUnixTime(),
        endUnix: event.endDate.toUnixTime(),
      };
    });
    const props: Record<string, string> = {};
    for (const prop of calendar.getAllProperties()) props[prop.name] = String(prop.getFirstValue());
    return { props, events, timezones };
  } finally {
    for (const tzid of timezones) ICAL.TimezoneService.remove(tzid);
  }
}

/** The text with the control characters a content line cannot hold (all but tab) removed. */
export function withoutControls(text: string): string {
  return Array.from(text)
    .filter((c) => {
      const code = c.charCodeAt(0);
      return code === 9 || (code >= 0x20 && code !== 0x7f);
    })
    .join('');
}
