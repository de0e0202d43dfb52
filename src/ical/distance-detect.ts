/**
 * The distance of a race from its name, as race calendars write it ("Brooklyn Half", "Berlin-
 * Marathon", "Parkrun", "Turkey Trot 10K", "Broad Street 10 Miler", "UTMB 171 km"). When the name
 * says nothing, or says two different things, the answer is null and the page asks the user:
 * a wrong guess would plan the wrong season.
 */
import type { Distance } from '../model/plan';

const MILE_KM = 1.609344;

// Standard distances a figure stands for, with the slack people write them with (21.1, 21.0975,
// 42.2; 3.1 and 13.1 miles).
function normalise(km: number): Distance | null {
  if (!(km > 0.05) || km > 2000) return null;
  if (Math.abs(km - 5) < 0.15) return '5k';
  if (Math.abs(km - 10) < 0.2) return '10k';
  if (Math.abs(km - 21.0975) < 0.25) return 'half';
  if (Math.abs(km - 42.195) < 0.35) return 'marathon';
  return Math.round(km * 10) / 10;
}

interface Pattern {
  readonly regex: RegExp;
  readonly distance: (match: RegExpMatchArray) => Distance | null;
}

const NUMBER = String.raw`(\d{1,4}(?:[.,]\d{1,4})?)`;
// A figure that stands on its own: not the end of a longer number or of a word ("2027", "A5").
const BEFORE = String.raw`(?<![\p{L}\p{N}.,])`;
const AFTER = String.raw`(?![\p{L}\p{N}])`;

function figure(text: string): number {
  // "21,1" is a decimal comma; "10,000" a thousands separator.
  const thousands = /^\d{1,3},\d{3}$/.test(text);
  return Number(thousands ? text.replace(',', '') : text.replace(',', '.'));
}

const MARATHON_WORD = String.raw`(?:marathon|maraton|maratona|marathonlauf)`;

// Order matters: a longer phrase is read and blanked before the words inside it.
const PATTERNS: readonly Pattern[] = [
  {
    regex: new RegExp(String.raw`\bultra[\s-]?(?:${MARATHON_WORD}|trail)\b`, 'giu'),
    distance: () => 'ultra',
  },
  {
    regex: new RegExp(
      String.raw`\b(?:half|halve|halv|halb|semi|demi|medio|media|mezza|meia|pol|puoli)[\s-]?${MARATHON_WORD}\b`,
      'giu',
    ),
    distance: () => 'half',
  },
  {
    regex: new RegExp(String.raw`\bviertel[\s-]?${MARATHON_WORD}\b`, 'giu'),
    distance: () => normalise(42.195 / 4),
  },
  { regex: new RegExp(String.raw`\b${MARATHON_WORD}s?\b`, 'giu'), distance: () => 'marathon' },
  { regex: /\bultra(?:trail)?\b/giu, distance: () => 'ultra' },
  { regex: /\bhalf\b/giu, distance: () => 'half' },
  { regex: /\bHM\b/gu, distance: () => 'half' },
  { regex: /\bpark ?run\b/giu, distance: () => '5k' },
  {
    regex: new RegExp(
      `${BEFORE}${NUMBER}\\s?-?\\s?(?:mi|mile|miles|miler|mijl|meilen)${AFTER}`,
      'giu',
    ),
    distance: (m) => normalise(figure(m[1] ?? '') * MILE_KM),
  },
  {
    regex: new RegExp(
      `${BEFORE}${NUMBER}\\s?-?\\s?(?:k|km|kms|kilometers?|kilometres?|kilometros|chilometri|quilometros)${AFTER}`,
      'giu',
    ),
    distance: (m) => normalise(figure(m[1] ?? '')),
  },
  {
    // Track and road distances in metres (5000m, 10,000 m, 10.000 m); shorter figures are more
    // often a climb ("800 m D+") than a race.
    regex: new RegExp(
      `${BEFORE}(\\d{1,2}[.,]?\\d{3})\\s?(?:m|meter|meters|metre|metres)${AFTER}`,
      'giu',
    ),
    distance: (m) => normalise(Number((m[1] ?? '').replace(/[.,]/g, '')) / 1000),
  },
];

function fold(text: string): string {
  // Accents off ("maratón", "półmaraton"), so one pattern reads many languages.
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/Ł/g, 'L');
}

/**
 * The race distance a name states, or null when it states none or contradicts itself. A figure
 * above the marathon wins over the word "ultra" beside it ("Ultra 50K" is 50 km).
 *
 * @example detectDistance('Brooklyn Half') // 'half'
 * @example detectDistance('Broad Street Run 10 Miler') // 16.1
 * @example detectDistance('Club night') // null
 */
export function detectDistance(name: string): Distance | null {
  let text = fold(name.slice(0, 500));
  const found = new Set<Distance>();
  for (const pattern of PATTERNS) {
    for (const match of text.matchAll(pattern.regex)) {
      const distance = pattern.distance(match);
      if (distance !== null) found.add(distance);
    }
    text = text.replace(pattern.regex, (whole) => ' '.repeat(whole.length));
  }
  if (found.has('ultra')) {
    const longer = [...found].filter((d) => typeof d === 'number' && d > 42.195);
    if (longer.length === 1 && found.size === 2) return longer[0] ?? null;
  }
  const [only] = found;
  return found.size === 1 && only !== undefined ? only : null;
}
