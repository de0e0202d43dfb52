import type { BuildOptions } from 'esbuild';

export function electronBundles(outdir?: string): BuildOptions[];
