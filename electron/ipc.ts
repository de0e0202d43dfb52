// The one door of the main process: every channel of the contract is registered here, through one
// helper that checks the sender, validates the arguments against the core's schemas, and turns a
// thrown error into a result. The page is untrusted; nothing reaches a handler unchecked.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { ApiResult, PlannerApi } from '../src/api/contract';
import { CHANNELS } from '../src/api/contract';
import { validateArguments } from '../src/api/validate';
import { MAX_IMPORT_CHARS } from '../src/library/planner-api';

/**
 * The most a call's arguments may weigh (about bytes of JSON): what a plan file may be on import.
 * Checked before validation, so a huge payload from a compromised page is refused before the
 * schemas walk it.
 */
export const MAX_PAYLOAD_BYTES = MAX_IMPORT_CHARS;

/**
 * About the size of a value as JSON, counting no further than `limit` (a payload past it is not
 * walked to its end); iterative, so a deeply nested payload cannot overflow the stack.
 *
 * @example payloadSize([{ a: 'xy' }], 100) // 14
 */
export function payloadSize(value: unknown, limit: number): number {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && size <= limit) {
    const item = stack.pop();
    if (typeof item === 'string') size += item.length + 2;
    else if (typeof item === 'number' || typeof item === 'boolean' || typeof item === 'bigint') {
      size += 8;
    } else if (item === null || item === undefined) size += 4;
    else if (Array.isArray(item)) {
      size += 2 + item.length;
      for (const element of item) stack.push(element);
    } else if (item instanceof Uint8Array || item instanceof ArrayBuffer) size += item.byteLength;
    else if (typeof item === 'object') {
      size += 2;
      for (const [key, field] of Object.entries(item)) {
        size += key.length + 4;
        stack.push(field);
      }
    } else size += 8;
  }
  return size;
}

export type IpcMainLike = Pick<IpcMain, 'handle'>;

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

/** Registers a handler for every method of `PlannerApi`; returns the channels it registered. */
export function registerHandlers(
  ipcMain: IpcMainLike,
  handlers: PlannerApi,
  isTrustedSender: SenderCheck,
): string[] {
  const methods = Object.keys(CHANNELS) as (keyof PlannerApi)[];
  for (const method of methods) {
    ipcMain.handle(CHANNELS[method], (event, ...args: unknown[]) =>
      serve(method, handlers, event, args, isTrustedSender),
    );
  }
  return methods.map((method) => CHANNELS[method]);
}

async function serve<K extends keyof PlannerApi>(
  method: K,
  handlers: PlannerApi,
  event: IpcMainInvokeEvent,
  args: unknown[],
  isTrustedSender: SenderCheck,
): Promise<ApiResult<unknown>> {
  if (!isTrustedSender(event)) {
    return failure('invalid-argument', 'This request did not come from the Season Planner window.');
  }
  if (payloadSize(args, MAX_PAYLOAD_BYTES) > MAX_PAYLOAD_BYTES) {
    return failure(
      'invalid-argument',
      `The arguments of ${method} are larger than ${MAX_PAYLOAD_BYTES / 1024 / 1024} MB; nothing was done.`,
    );
  }
  const valid = validateArguments(method, args);
  if (!valid.ok) {
    return failure('invalid-argument', `The arguments of ${method} are not valid.`, valid.error);
  }
  try {
    const handler = handlers[method] as (...a: unknown[]) => Promise<ApiResult<unknown>>;
    return await handler.apply(handlers, valid.value as unknown[]);
  } catch (error) {
    return failure('store', `${method} failed unexpectedly.`, [
      error instanceof Error ? error.message : String(error),
    ]);
  }
}

function failure(
  code: 'invalid-argument' | 'store',
  message: string,
  details?: readonly string[],
): ApiResult<never> {
  return { ok: false, error: details ? { code, message, details } : { code, message } };
}
