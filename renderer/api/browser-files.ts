/**
 * The file port of the browser implementation: exports are downloads (Blob + `<a download>`),
 * imports go through a hidden `<input type=file>`, and printing is the browser's own print dialog.
 */
import type { Saved } from '../../src/api/contract';
import { repairSplitFolds } from '../../src/ical/unfold-bytes';
import type { BinaryKind, FileKind, FilePort } from '../../src/library/planner-api';

const ACCEPT: Record<Exclude<FileKind, 'pdf'>, string> = {
  plan: '.json,application/json',
  ics: '.ics,text/calendar',
};

const MIME: Record<FileKind | BinaryKind, string> = {
  plan: 'application/json',
  ics: 'text/calendar',
  pdf: 'application/pdf',
  fit: 'application/vnd.ant.fit',
  zip: 'application/zip',
};

export function browserFiles(doc: Document, win: Window): FilePort {
  function download(blob: Blob, suggestedName: string): Saved {
    const url = URL.createObjectURL(blob);
    const link = doc.createElement('a');
    link.href = url;
    link.download = suggestedName;
    link.hidden = true;
    doc.body.append(link);
    link.click();
    link.remove();
    // The download has taken its copy once click() returns; a later revoke only frees memory.
    win.setTimeout(() => URL.revokeObjectURL(url), 0);
    return { path: suggestedName };
  }

  return {
    async saveText(kind, suggestedName, text): Promise<Saved> {
      return download(new Blob([text], { type: `${MIME[kind]};charset=utf-8` }), suggestedName);
    },

    async saveBytes(kind, suggestedName, bytes): Promise<Saved> {
      // A copy into a plain ArrayBuffer: Blob takes no view of a shared or resizable buffer.
      return download(new Blob([bytes.slice()], { type: MIME[kind] }), suggestedName);
    },

    openText(kind) {
      return new Promise((resolve, reject) => {
        const input = doc.createElement('input');
        input.type = 'file';
        input.accept = ACCEPT[kind];
        input.hidden = true;
        const finish = () => input.remove();
        input.addEventListener('change', () => {
          const file = input.files?.[0];
          finish();
          if (!file) return resolve(null);
          readText(file).then((text) => resolve({ path: file.name, text }), reject);
        });
        input.addEventListener('cancel', () => {
          finish();
          resolve(null);
        });
        doc.body.append(input);
        input.click();
      });
    },

    async printToPdf(): Promise<Saved> {
      // The browser's dialog saves the PDF (or prints); it does not say where, or whether at all.
      win.print();
      return null;
    },
  };
}

/**
 * A file's text as the desktop app reads it: the bytes, with a fold that split a character joined
 * back (src/ical/unfold-bytes), then decoded as UTF-8. `file.text()` would decode first and turn
 * the two halves of that character into U+FFFD.
 */
export async function readText(file: Pick<Blob, 'arrayBuffer'>): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return new TextDecoder().decode(repairSplitFolds(bytes));
}
