export function electronRuntime(options: {
  packageDir: string;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}): Promise<{ ok: true; path: string } | { ok: false; message: string }>;
