// Workouts to the watch from the page: the dialog picks a week, the page saves a zip of FIT files
// (a download in the browser, the save dialog in the app), and Garmin's decoder reads each one.
import { readFile } from 'node:fs/promises';
import { Decoder, Stream } from '@garmin/fitsdk';
import { unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import { MARATHONER } from './seasons';

test('a week of sessions is saved as a zip of FIT workouts, one per session', async ({
  planner,
  page,
  files,
}) => {
  await planner.createSeason(MARATHONER);
  await planner.button('Export workouts to watch').click();
  const dialog = page.getByRole('dialog', { name: 'Export workouts to watch' });
  await expect(dialog).toBeVisible();
  // A day in the season's second week, then "This week": the whole week, whatever today is.
  await dialog.getByLabel('From').fill('2027-01-13');
  await dialog.getByRole('button', { name: 'This week' }).click();
  await expect(dialog.getByLabel('From')).toHaveValue('2027-01-11');
  await expect(dialog.getByLabel('To')).toHaveValue('2027-01-17');
  await expect(dialog.getByRole('status')).toContainText(/^6 sessions to run/);

  const saved = await files.save(
    () => dialog.getByRole('button', { name: 'Export workouts' }).click(),
    (text) => text.length > 22, // a zip's end record is 22 bytes
  );
  expect(saved.name).toMatch(/\.zip$/);
  const entries = unzipSync(new Uint8Array(await readFile(saved.path)));
  const names = Object.keys(entries).sort();
  expect(names).toHaveLength(6);
  for (const name of names) {
    expect(name).toMatch(/^2027-01-1[1-7]-[a-z-]+\.fit$/);
    const bytes = entries[name] as Uint8Array;
    expect(new Decoder(Stream.fromByteArray(bytes)).checkIntegrity()).toBe(true);
    const { messages, errors } = new Decoder(Stream.fromByteArray(bytes)).read();
    expect(errors).toEqual([]);
    expect(messages.fileIdMesgs?.[0]?.type).toBe('workout');
    expect(messages.workoutStepMesgs?.length).toBeGreaterThan(0);
  }
});
