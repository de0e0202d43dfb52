// The Node entry of `season-planner`: real files and streams around the pure `runCli`.
import { mkdirSync, readFileSync } from 'node:fs';
import { runCli } from '../src/cli/run';
import { runPdf } from './pdf-command';
import packageJson from '../package.json' with { type: 'json' };
import { writeFileAtomic } from './write-file';

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
    case 'ENOSPC':
      return 'disk full';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'EROFS':
      return 'read-only file system';
    case 'EIO':
      return 'input/output error';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

const MAX_INPUT_BYTES = 50 * 1024 * 1024;

// Output errors arrive as 'error' events after runCli has returned. A reader that went away
// (`| head`) is not a failure: the command ends quietly with its own result. Any other (a full
// disk behind `>`) is one line and exit 2, never a stack trace or the 1 that means "check found
// an error".
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  try {
    process.stderr.write(`season-planner: cannot write standard output (${describe(error)})\n`);
  } finally {
    process.exit(2);
  }
});
process.stderr.on('error', () => {
  // Nowhere left to say anything; the exit code still tells.
});

// `pdf` drives a browser, so it runs here on the Node side rather than in the pure runCli; for
// every other command the exit code is still unset and runCli runs.
if (process.argv[2] === 'pdf') process.exitCode = await runPdf(process.argv.slice(3), process.env);

process.exitCode ??= runCli(
  process.argv.slice(2),
  {
    readText(path) {
      const name = path === '-' ? 'standard input' : path;
      try {
        const bytes = readFileSync(path === '-' ? 0 : path);
        if (bytes.length > MAX_INPUT_BYTES)
          return { ok: false, error: `${name}: larger than 50 MB` };
        return { ok: true, value: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
      } catch (error) {
        if (error instanceof TypeError) return { ok: false, error: `${name}: not UTF-8 text` };
        return { ok: false, error: `${name}: cannot read (${describe(error)})` };
      }
    },
    writeText(path, text) {
      try {
        writeFileAtomic(path, text);
        return { ok: true, value: undefined };
      } catch (error) {
        return {
          ok: false,
          error: `${path}: cannot write (${describe(error)}); any file that was there is unchanged`,
        };
      }
    },
    writeBytes(path, bytes) {
      try {
        writeFileAtomic(path, bytes);
        return { ok: true, value: undefined };
      } catch (error) {
        return {
          ok: false,
          error: `${path}: cannot write (${describe(error)}); any file that was there is unchanged`,
        };
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
