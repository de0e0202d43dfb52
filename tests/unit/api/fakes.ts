// Fakes shared by the API tests: a Web Storage over a Map, and a file port that answers from a script.
import type { Saved } from '../../../src/api/contract';
import type { BinaryKind, FileKind, FilePort } from '../../../src/library/planner-api';

export class FakeLocalStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
}

export interface FakeFiles extends FilePort {
  /** What the next open dialog picks (null: cancelled). */
  nextOpen: { path: string; text: string } | null;
  /** What the next save dialog picks (null: cancelled). */
  nextSavePath: string | null;
  readonly saved: { kind: FileKind; path: string; text: string }[];
  readonly savedBytes: { kind: BinaryKind; path: string; name: string; bytes: Uint8Array }[];
  readonly printed: string[];
}

export function fakeFiles(): FakeFiles {
  const files: FakeFiles = {
    nextOpen: null,
    nextSavePath: null,
    saved: [],
    savedBytes: [],
    printed: [],
    async saveText(kind, _suggestedName, text): Promise<Saved> {
      if (files.nextSavePath === null) return null;
      files.saved.push({ kind, path: files.nextSavePath, text });
      return { path: files.nextSavePath };
    },
    async saveBytes(kind, name, bytes): Promise<Saved> {
      if (files.nextSavePath === null) return null;
      files.savedBytes.push({ kind, path: files.nextSavePath, name, bytes });
      return { path: files.nextSavePath };
    },
    async openText() {
      return files.nextOpen;
    },
    async printToPdf(suggestedName): Promise<Saved> {
      files.printed.push(suggestedName);
      return files.nextSavePath === null ? null : { path: files.nextSavePath };
    },
  };
  return files;
}
