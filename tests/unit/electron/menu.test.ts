import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../../src/api/contract';
import { MENU_COMMANDS } from '../../../src/api/contract';
import { menuTemplate } from '../../../electron/menu';

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}

function build(isMac: boolean) {
  const sent: MenuCommand[] = [];
  const items = flatten(
    menuTemplate({ send: (c) => sent.push(c), appName: 'Season Planner', isMac }),
  );
  const click = (label: string) => {
    const item = items.find((i) => i.label === label);
    assert.ok(item?.click, label);
    (item.click as () => void)();
    return sent.at(-1);
  };
  return { items, click, sent };
}

test('every menu command is reachable from the menu, on every platform', () => {
  for (const isMac of [false, true]) {
    const { items, sent } = build(isMac);
    for (const item of items) if (item.click) (item.click as () => void)();
    assert.deepEqual([...new Set(sent)].sort(), [...MENU_COMMANDS].sort());
  }
});

test('the File, Edit and View items send their commands with the standard accelerators', () => {
  const { items, click } = build(false);
  const accelerator = (label: string) => items.find((i) => i.label === label)?.accelerator;
  assert.equal(click('New Plan…'), 'new-plan');
  assert.equal(accelerator('New Plan…'), 'CmdOrCtrl+N');
  assert.equal(click('Export iCal…'), 'export-ics');
  assert.equal(accelerator('Export iCal…'), 'CmdOrCtrl+E');
  assert.equal(click('Print / Export PDF…'), 'print');
  assert.equal(accelerator('Print / Export PDF…'), 'CmdOrCtrl+P');
  assert.equal(click('Undo'), 'undo');
  assert.equal(accelerator('Undo'), 'CmdOrCtrl+Z');
  assert.equal(click('Redo'), 'redo');
  assert.equal(click('Month'), 'view-month');
  const accelerators = items.map((i) => i.accelerator).filter(Boolean);
  assert.equal(new Set(accelerators).size, accelerators.length, 'no accelerator twice');
});

test('standard roles: clipboard, zoom, and the macOS app menu', () => {
  const roles = (isMac: boolean) =>
    build(isMac)
      .items.map((i) => i.role)
      .filter(Boolean);
  for (const role of ['copy', 'paste', 'cut', 'selectAll', 'zoomIn', 'zoomOut', 'resetZoom']) {
    assert.ok(roles(false).includes(role as never), role);
  }
  assert.ok(roles(true).includes('hide'));
  assert.ok(!roles(false).includes('hide'));
  assert.equal(build(true).items.find((i) => i.label === 'Redo')?.accelerator, 'Shift+Cmd+Z');
});
