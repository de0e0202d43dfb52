// The Node entry of `season-planner`: real files and streams around the pure `runCli`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { runCli } from '../src/cli/run';
import { runPdf } from './pdf-command';
import packageJson from '../package.json' with { type: 'json' };

function describe(error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder, not a file';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

const MAX_INPUT_BYTES = 50 * 1024 * 1024;

// `pdf` drives a browser, so it runs here on the Node side rather than in the pure runCli; for
// every other command the exit code is still unset and runCli runs.
if (process.argv[2] === 'pdf') process.exitCode = await runPdf(process.argv.slice(3), process.env);

process.exitCode ??= runCli(
  process.argv.slice(2),
  {
    readText(path) {
      try {
        const bytes = readFileSync(path);
        if (bytes.length > MAX_INPUT_BYTES)
          return { ok: false, error: `${path}: larger than 50 MB` };
        return { ok: true, value: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
      } catch (error) {
        if (error instanceof TypeError) return { ok: false, error: `${path}: not UTF-8 text` };
        return { ok: false, error: `${path}: cannot read (${describe(error)})` };
      }
    },
    writeText(path, text) {
      try {
        writeFileSync(path, text);
        return { ok: true, value: undefined };
      } catch (error) {
        return { ok: false, error: `${path}: cannot write (${describe(error)})` };
      }
    },
    writeBytes(path, bytes) {
      try {
        writeFileSync(path, bytes);
        return { ok: true, value: undefined };
      } catch (error) {
        return { ok: false, error: `${path}: cannot write (${describe(error)})` };
      }
    },
    makeDir(path) {
      try {
        mkdirSync(path, { recursive: true });
        return { ok: true, value: undefined };
      } catch (error) {
        return { ok: false, error: `${path}: cannot make the folder (${describe(error)})` };
      }
    },
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    now: () => Date.now(),
  },
  packageJson.version,
);
