/**
 * The paper a print-out goes on by default: Letter where it is the norm, A4 everywhere else.
 */
export const PAPERS = ['A4', 'Letter'] as const;
export type Paper = (typeof PAPERS)[number];

// The Americas' Letter countries and the Philippines (CLDR's paper-size data, "US Letter").
const LETTER_REGIONS = new Set([
  'US',
  'CA',
  'MX',
  'CL',
  'CO',
  'CR',
  'GT',
  'PA',
  'PH',
  'PR',
  'VE',
  'BZ',
  'SV',
  'DO',
  'NI',
]);

/**
 * The default paper for a BCP 47 locale, by its region.
 *
 * @example paperFor('en-US') // 'Letter'
 * @example paperFor('de-DE') // 'A4'
 * @example paperFor('en') // 'A4'
 */
export function paperFor(locale: string): Paper {
  const region = /[-_]([A-Za-z]{2})(?:[-_.@]|$)/.exec(locale)?.[1]?.toUpperCase();
  return region !== undefined && LETTER_REGIONS.has(region) ? 'Letter' : 'A4';
}

/**
 * A paper name as typed on a command line, in any case; null when it is neither.
 *
 * @example parsePaper('letter') // 'Letter'
 */
export function parsePaper(text: string): Paper | null {
  return PAPERS.find((p) => p.toLowerCase() === text.toLowerCase()) ?? null;
}
