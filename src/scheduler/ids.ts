/**
 * Deterministic ids: derived from content, never drawn at random, so the same request gives
 * byte-identical plans and an iCal calendar keeps the same UIDs across exports.
 */

/**
 * A short, stable hash of a text (32-bit FNV-1a, 8 hex digits).
 *
 * @example hashText('season') // '4f8e1d2a' (always the same for the same text)
 */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * A lowercase, dash-separated form of a name for ids.
 *
 * @example slug('Berlin Marathon 2027!') // 'berlin-marathon-2027'
 */
export function slug(name: string): string {
  const text = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return text || 'race';
}

/**
 * `base` when unused, else the first of `base-2`, `base-3`, … that is free; records the one returned.
 *
 * @example uniqueId('s-2027-04-19', new Set(['s-2027-04-19'])) // 's-2027-04-19-2'
 */
export function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
