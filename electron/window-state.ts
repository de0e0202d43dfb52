// The window's size and position, remembered in the preferences. Pure functions of what was saved
// and where the screens are now, so a window saved on a screen since unplugged comes back visible.
import type { Rectangle } from 'electron';
import type { WindowState } from '../src/api/contract';

export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;
export const MIN_SIZE = { width: 720, height: 480 } as const;

/** Bounds for a new window: the saved ones when they still fit on a screen, else centred defaults. */
export function initialBounds(
  saved: WindowState | null,
  workAreas: readonly Rectangle[],
): { bounds: Partial<Rectangle> & Pick<Rectangle, 'width' | 'height'>; maximized: boolean } {
  if (!saved) return { bounds: { ...DEFAULT_SIZE }, maximized: false };
  const width = Math.max(MIN_SIZE.width, saved.width);
  const height = Math.max(MIN_SIZE.height, saved.height);
  const { x, y } = saved;
  if (x === undefined || y === undefined) {
    return { bounds: { width, height }, maximized: saved.maximized };
  }
  const area = workAreas.find((a) => overlap({ x, y, width, height }, a) >= 0.5 * width * height);
  if (!area) return { bounds: { width, height }, maximized: saved.maximized };
  return {
    bounds: { x, y, width: Math.min(width, area.width), height: Math.min(height, area.height) },
    maximized: saved.maximized,
  };
}

/** What to save: the normal bounds (not the maximized ones) and whether it is maximized. */
export function windowState(normalBounds: Rectangle, maximized: boolean): WindowState {
  return {
    x: Math.round(normalBounds.x),
    y: Math.round(normalBounds.y),
    width: Math.max(MIN_SIZE.width, Math.round(normalBounds.width)),
    height: Math.max(MIN_SIZE.height, Math.round(normalBounds.height)),
    maximized,
  };
}

function overlap(a: Rectangle, b: Rectangle): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}
