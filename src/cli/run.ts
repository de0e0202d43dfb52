/**
 * The `season-planner` command line, as a pure function of its arguments and a small I/O interface,
 * so that every path (bad input included) is tested without a process.
 */
import { exportIcs } from '../ical/export';
import { icsOptionErrors } from '../ical/ics-options';
import type { IcsOptions } from '../ical/ics-options';
import { checkIntegrity } from '../plan/integrity';
import { parseJson, parsePlanRequest, parsePlanText, serializePlan } from '../plan/plan-file';
import { checkPlan } from '../rules/index';
import { generate } from '../scheduler/generate';
import { planSummary } from './counts';
import { fitCommand } from './fit-command';
import type { BinaryIo } from './fit-command';
import { formatWarnings } from './format-warnings';
import { emptyRangeNotice } from './ics-range';
import { looksLikePlan, looksLikeRequest } from './misfiled';
import { USAGE } from './usage';
import type { Plan } from '../model/plan';
import type { Result } from '../model/result';

export { USAGE } from './usage';

export interface CliIo extends Partial<BinaryIo> {
  /** The file's text (standard input for `-`), or an error message naming the file. */
  readText(path: string): Result<string, string>;
  /** Writes the file whole or not at all, or returns an error message naming the file. */
  writeText(path: string, text: string): Result<void, string>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Milliseconds since the epoch: the DTSTAMP of an iCal export. */
  now(): number;
}

/** 0: done; 1: `check` found an error-severity warning; 2: bad input or usage. */
export type ExitCode = 0 | 1 | 2;

interface Parsed {
  readonly positional: string[];
  readonly options: Map<string, string | true>;
}

export const VALUE_OPTIONS: ReadonlySet<string> = new Set([
  '-o',
  '--out',
  '--from',
  '--to',
  '--time',
  '--tz',
]);
export const FLAG_OPTIONS: ReadonlySet<string> = new Set([
  '--json',
  '--blocks',
  '--rest',
  '--help',
  '-h',
  '--version',
]);

function parseArgs(args: readonly string[]): Result<Parsed, string> {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (VALUE_OPTIONS.has(arg)) {
      const value = args[i + 1];
      if (value === undefined) return { ok: false, error: `${arg} needs a value` };
      options.set(arg === '--out' ? '-o' : arg, value);
      i++;
    } else if (FLAG_OPTIONS.has(arg)) {
      options.set(arg === '-h' ? '--help' : arg, true);
    } else if (arg.startsWith('-') && arg !== '-') {
      return { ok: false, error: `unknown option ${arg}` };
    } else {
      positional.push(arg);
    }
  }
  return { ok: true, value: { positional, options } };
}

/**
 * Runs one command.
 *
 * @example await runCli(['check', 'plan.json', '--json'], io) // 0, with a JSON array on stdout
 */
export function runCli(args: readonly string[], io: CliIo, version = '0.0.0'): ExitCode {
  const parsed = parseArgs(args);
  if (!parsed.ok) return usageError(io, parsed.error);
  const { positional, options } = parsed.value;
  if (options.has('--help')) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (options.has('--version')) {
    io.stdout(`${version}\n`);
    return 0;
  }
  const [command, file, ...extra] = positional;
  if (command === undefined) return usageError(io, 'no command given');
  if (extra.length > 0) return usageError(io, `unexpected argument ${extra[0] ?? ''}`);
  switch (command) {
    case 'plan':
      return file === undefined
        ? usageError(io, 'plan needs a REQUEST.json')
        : plan(io, file, options);
    case 'check':
      return file === undefined
        ? usageError(io, 'check needs a PLAN.json')
        : check(io, file, options);
    case 'ics':
      return file === undefined ? usageError(io, 'ics needs a PLAN.json') : ics(io, file, options);
    case 'fit':
      return file === undefined
        ? usageError(io, 'fit needs a PLAN.json')
        : fitCommand(io, file, stringOptions(options, { out: '-o', from: '--from', to: '--to' }));
    case 'web':
      // The server is Node-only and lives beside the bundle, in bin/season-planner.js.
      return usageError(io, 'web is served by bin/season-planner.js web (or npm run web)');
    default:
      return usageError(io, `unknown command ${command}`);
  }
}

/** How messages name a file argument: `-` is standard input. */
function nameOf(file: string): string {
  return file === '-' ? 'standard input' : file;
}

function plan(io: CliIo, file: string, options: Parsed['options']): ExitCode {
  const name = nameOf(file);
  const text = io.readText(file);
  if (!text.ok) return inputError(io, text.error);
  const json = parseJson(text.value);
  if (!json.ok) return inputError(io, `${name}: ${json.error.join('; ')}`);
  const request = parsePlanRequest(json.value);
  if (!request.ok) {
    if (looksLikePlan(json.value)) {
      return inputError(
        io,
        `${name} is already a plan (it has a version and sessions), not a request; ` +
          `to see its warnings: season-planner check ${file}`,
      );
    }
    return inputError(io, `${name}: ${request.error.join('; ')}`);
  }
  const made = generate(request.value);
  const out = options.get('-o');
  const code = output(io, serializePlan(made), out);
  if (code === 0) {
    // Told on stderr, so that stdout stays the plan alone when it is piped on.
    const target =
      typeof out === 'string' && out !== '-' ? `wrote ${out}` : 'wrote the plan to standard output';
    io.stderr(`season-planner: ${planSummary(made, checkPlan(made), target)}\n`);
  }
  return code;
}

function check(io: CliIo, file: string, options: Parsed['options']): ExitCode {
  const loaded = loadPlan(io, file);
  if (!loaded.ok) return 2;
  // An inconsistent file (duplicate ids, a race session without its race, days outside the
  // season) is an error-severity finding of its own, listed before the training rules' warnings.
  const integrity = checkIntegrity(loaded.value).map((problem) => ({
    rule: 'integrity' as const,
    severity: 'error' as const,
    message: problem,
  }));
  const warnings = checkPlan(loaded.value);
  const text = options.has('--json')
    ? `${JSON.stringify([...integrity, ...warnings], null, 2)}\n`
    : formatWarnings(
        warnings,
        integrity.map((f) => f.message),
      );
  const written = output(io, text, options.get('-o'));
  if (written !== 0) return written;
  return integrity.length > 0 || warnings.some((w) => w.severity === 'error') ? 1 : 0;
}

function ics(io: CliIo, file: string, options: Parsed['options']): ExitCode {
  const loaded = loadPlan(io, file);
  if (!loaded.ok) return 2;
  const from = options.get('--from');
  const to = options.get('--to');
  const time = options.get('--time');
  const zone = options.get('--tz');
  if ((typeof time === 'string') !== (typeof zone === 'string')) {
    return inputError(io, '--time and --tz go together (e.g. --time 07:00 --tz Europe/Berlin)');
  }
  const icsOptions: IcsOptions = {
    now: io.now(),
    ...(typeof from === 'string' ? { from } : {}),
    ...(typeof to === 'string' ? { to } : {}),
    includeBlocks: options.has('--blocks'),
    includeRest: options.has('--rest'),
    ...(typeof time === 'string' && typeof zone === 'string'
      ? { timed: { time, timeZone: zone } }
      : {}),
  };
  const errors = icsOptionErrors(icsOptions);
  if (errors.length > 0) {
    const named = errors.map((e) =>
      e
        .replace(/^timed\.timeZone/, '--tz')
        .replace(/^timed\.time/, '--time')
        .replace(/^(from|to)\b/, '--$1'),
    );
    return inputError(io, named.join('; '));
  }
  const text = exportIcs(loaded.value, icsOptions);
  const code = output(io, text, options.get('-o'));
  const notice = emptyRangeNotice(loaded.value, icsOptions);
  if (code === 0 && notice !== null) io.stderr(`season-planner: note: ${notice}\n`);
  return code;
}

/** The string-valued options named in `names`, under the names the command uses. */
function stringOptions<K extends string>(
  options: Parsed['options'],
  names: Record<K, string>,
): Partial<Record<K, string>> {
  const picked: Partial<Record<K, string>> = {};
  for (const [key, flag] of Object.entries(names) as [K, string][]) {
    const value = options.get(flag);
    if (typeof value === 'string') picked[key] = value;
  }
  return picked;
}

function loadPlan(io: CliIo, file: string): Result<Plan, string> {
  const text = io.readText(file);
  if (!text.ok) {
    inputError(io, text.error);
    return text;
  }
  const plan = parsePlanText(text.value);
  if (!plan.ok) {
    const json = parseJson(text.value);
    const message =
      json.ok && looksLikeRequest(json.value)
        ? `${nameOf(file)} is a plan request, not a plan (it has no version or sessions); ` +
          `make the plan first: season-planner plan ${file} -o plan.json`
        : `${nameOf(file)}: ${plan.error.join('; ')}`;
    inputError(io, message);
    return { ok: false, error: message };
  }
  return plan;
}

function output(io: CliIo, text: string, out: string | true | undefined): ExitCode {
  if (typeof out !== 'string' || out === '-') {
    io.stdout(text);
    return 0;
  }
  const written = io.writeText(out, text);
  return written.ok ? 0 : inputError(io, written.error);
}

function inputError(io: CliIo, message: string): 2 {
  io.stderr(`season-planner: ${message}\n`);
  return 2;
}

function usageError(io: CliIo, message: string): 2 {
  io.stderr(`season-planner: ${message}\n\n${USAGE}\n`);
  return 2;
}
