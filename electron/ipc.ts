// The one door of the main process: every channel of the contract is registered here, through one
// helper that checks the sender, validates the arguments against the core's schemas, and turns a
// thrown error into a result. The page is untrusted; nothing reaches a handler unchecked.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { ApiResult, PlannerApi } from '../src/api/contract';
import { CHANNELS } from '../src/api/contract';
import { validateArguments } from '../src/api/validate';

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
