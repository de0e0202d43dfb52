/**
 * The small key-value store the library keeps its document in. electron-store (conf) fits it as is;
 * the browser implementation keeps the document in localStorage. Writes may throw (disk full, quota):
 * the library turns that into a `store` error.
 */
import type { LibraryDocument } from './document';

export interface LibraryStorage {
  get<K extends keyof LibraryDocument>(key: K): LibraryDocument[K];
  set<K extends keyof LibraryDocument>(key: K, value: LibraryDocument[K]): void;
}

/**
 * A storage over a plain object, for tests and as the base of the browser storage.
 *
 * @example const storage = memoryStorage(EMPTY_LIBRARY); storage.get('plans') // []
 */
export function memoryStorage(
  initial: LibraryDocument,
  onChange: (document: LibraryDocument) => void = () => {},
): LibraryStorage {
  let document = initial;
  return {
    get: (key) => document[key],
    set: (key, value) => {
      const next = { ...document, [key]: value };
      // Written first: when the write throws, memory keeps what is really stored.
      onChange(next);
      document = next;
    },
  };
}
