import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_SIZE, initialBounds, windowState } from '../../../electron/window-state';

const screen = { x: 0, y: 0, width: 1920, height: 1080 };

test('no saved state: the default size, placed by the OS', () => {
  assert.deepEqual(initialBounds(null, [screen]), {
    bounds: { ...DEFAULT_SIZE },
    maximized: false,
  });
});

test('a saved window on a screen that is still there comes back where it was', () => {
  const saved = { x: 100, y: 50, width: 1200, height: 800, maximized: true };
  assert.deepEqual(initialBounds(saved, [screen]), {
    bounds: { x: 100, y: 50, width: 1200, height: 800 },
    maximized: true,
  });
});

test('a window saved on a screen since unplugged keeps its size but not its place', () => {
  const saved = { x: 2500, y: 100, width: 1000, height: 700, maximized: false };
  assert.deepEqual(initialBounds(saved, [screen]), {
    bounds: { width: 1000, height: 700 },
    maximized: false,
  });
});

test('sizes are kept within the minimum and the screen', () => {
  const tiny = { x: 10, y: 10, width: 50, height: 50, maximized: false };
  const { bounds } = initialBounds(tiny, [screen]);
  assert.ok(bounds.width >= 720 && bounds.height >= 480);
  const state = windowState({ x: 10.4, y: 20.6, width: 100, height: 900.2 }, false);
  assert.deepEqual(state, { x: 10, y: 21, width: 720, height: 900, maximized: false });
});
