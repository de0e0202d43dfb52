/**
 * Strict building blocks for the file and request schemas: objects that refuse fields they do not
 * know (naming the nearest known one), and enumerations that list their values. A misspelt field
 * must never be dropped in silence: `"athelete": {…}` would plan with the default 50 km a week, and
 * `"priorty": "C"` would give a training race a full taper.
 */
// A namespace import lets the bundler keep only the zod the schemas use (see schema.ts).
import * as z from 'zod';

/** Separates the per-field lines of one unknown-fields issue; `formatIssues` splits on it. */
export const FIELD_SEPARATOR = '\n';

/**
 * The known name closest to `name` (edit distance, case ignored), when it is close enough to be
 * a likely misspelling: at most a third of the longer name's letters differ.
 *
 * @example nearestName('athelete', ['name', 'athlete', 'races']) // 'athlete'
 * @example nearestName('colour', ['name', 'races']) // null
 */
export function nearestName(name: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best === null) return null;
  const longer = Math.max(name.length, best.length);
  return bestDistance <= Math.max(1, Math.floor(longer / 3)) ? best : null;
}

function editDistance(a: string, b: string): number {
  // Names are short (a field name), and a very long one is cut: this is never the slow part.
  const left = a.slice(0, 64);
  const right = b.slice(0, 64);
  let previous = Array.from({ length: right.length + 1 }, (_, j) => j);
  for (let i = 1; i <= left.length; i++) {
    const current = [i];
    for (let j = 1; j <= right.length; j++) {
      const cost = left[i - 1] === right[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[right.length] ?? 0;
}

/**
 * One line per unknown field: `athelete: unknown field (did you mean athlete?)`; the caller puts
 * the object's path in front.
 *
 * @example unknownFieldLines(['athelete'], ['athlete', 'races']) // ['athelete: unknown field (did you mean athlete?)']
 */
export function unknownFieldLines(keys: readonly string[], known: readonly string[]): string[] {
  return keys.map((key) => {
    const near = nearestName(key, known);
    const shown = key.length > 60 ? `${key.slice(0, 60)}…` : key;
    return near === null
      ? `${shown}: unknown field (known: ${known.join(', ')})`
      : `${shown}: unknown field (did you mean ${near}?)`;
  });
}

/**
 * `z.strictObject` whose message for unknown keys names each one and the nearest known field.
 * Generic on purpose: a field added to a shape is known at once, nothing else to update.
 *
 * @example strictObject({ name: z.string() }).safeParse({ nmae: 'x' }) // nmae: unknown field (did you mean name?)
 */
export function strictObject<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== 'unrecognized_keys') return undefined;
      // The shape of the schema that refused (a `.partial()` copy keeps the same keys).
      const known = Object.keys(
        (issue.inst as { def?: { shape?: object } } | undefined)?.def?.shape ?? shape,
      );
      return unknownFieldLines(issue.keys, known).join(FIELD_SEPARATOR);
    },
  });
}

/**
 * An enumeration whose message lists the values it takes.
 *
 * @example oneOf(['A', 'B', 'C']).safeParse('D') // "D" is not one of: A, B, C
 */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {
    error: (issue) => `${shownValue(issue.input)} is not one of: ${values.join(', ')}`,
  });
}

/** A value as a message shows it: strings quoted, long ones cut. */
export function shownValue(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
