// The browser file port over a minimal stand-in DOM: downloads via <a download>, imports via a
// hidden <input type=file>, printing via window.print().
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { browserFiles, readText } from '../../../renderer/api/browser-files';

class FakeElement extends EventEmitter {
  attached = false;
  hidden = false;
  href = '';
  download = '';
  type = '';
  accept = '';
  files: File[] | null = null;
  constructor(
    readonly tag: string,
    private readonly onClick: (el: FakeElement) => void,
  ) {
    super();
  }
  click() {
    this.onClick(this);
  }
  remove() {
    this.attached = false;
  }
  addEventListener(name: string, listener: () => void) {
    this.on(name, listener);
  }
}

function fakeDom(onClick: (el: FakeElement) => void) {
  const created: FakeElement[] = [];
  const doc = {
    createElement: (tag: string) => {
      const el = new FakeElement(tag, onClick);
      created.push(el);
      return el;
    },
    body: {
      append: (el: FakeElement) => {
        el.attached = true;
      },
    },
  };
  let printed = 0;
  const win = { setTimeout: (f: () => void) => setTimeout(f, 0), print: () => (printed += 1) };
  return {
    files: browserFiles(doc as unknown as Document, win as unknown as Window),
    created,
    printed: () => printed,
  };
}

test('an export is a download of a Blob under the suggested name', async () => {
  let downloaded: { name: string; text: string; attached: boolean } | undefined;
  const pending: Promise<void>[] = [];
  const dom = fakeDom((el) => {
    const attached = el.attached;
    pending.push(
      fetch(el.href)
        .then((r) => r.text())
        .then((text) => {
          downloaded = { name: el.download, text, attached };
        }),
    );
  });
  const saved = await dom.files.saveText('ics', 'Spring.ics', 'BEGIN:VCALENDAR\r\n');
  await Promise.all(pending);
  assert.deepEqual(saved, { path: 'Spring.ics' });
  assert.deepEqual(downloaded, { name: 'Spring.ics', text: 'BEGIN:VCALENDAR\r\n', attached: true });
  assert.equal(dom.created[0]?.attached, false, 'the link is removed again');
});

test('a binary export (FIT, zip) is a download of its bytes, unchanged, with its type', async () => {
  let downloaded: { name: string; bytes: number[]; type: string } | undefined;
  const pending: Promise<void>[] = [];
  const dom = fakeDom((el) => {
    pending.push(
      fetch(el.href)
        .then((r) => r.blob())
        .then(async (blob) => {
          downloaded = {
            name: el.download,
            bytes: [...new Uint8Array(await blob.arrayBuffer())],
            type: blob.type,
          };
        }),
    );
  });
  const bytes = new Uint8Array([14, 32, 0xff, 0, 0x2e, 0x46, 0x49, 0x54]);
  const saved = await dom.files.saveBytes('fit', '2027-03-02-intervals.fit', bytes);
  await Promise.all(pending);
  assert.deepEqual(saved, { path: '2027-03-02-intervals.fit' });
  assert.deepEqual(downloaded, {
    name: '2027-03-02-intervals.fit',
    bytes: [...bytes],
    type: 'application/vnd.ant.fit',
  });
});

test('an import reads the picked file; a cancelled picker is null', async () => {
  let pick: 'file' | 'cancel' = 'file';
  const dom = fakeDom((el) => {
    assert.equal(el.type, 'file');
    assert.equal(el.hidden, true);
    setTimeout(() => {
      if (pick === 'cancel') {
        el.emit('cancel');
      } else {
        el.files = [new File(['{"version":1}'], 'plan.json')];
        el.emit('change');
      }
    }, 0);
  });
  assert.deepEqual(await dom.files.openText('plan'), { path: 'plan.json', text: '{"version":1}' });
  assert.equal(dom.created[0]?.accept, '.json,application/json');
  assert.equal(dom.created[0]?.attached, false);
  pick = 'cancel';
  assert.equal(await dom.files.openText('ics'), null);
  assert.equal(dom.created[1]?.accept, '.ics,text/calendar');
});

test('an .ics whose fold splits a character is read with the character whole, as on desktop', async () => {
  const encode = (text: string) => new TextEncoder().encode(text);
  // "Brücke": the fold (CRLF + space) falls between the two bytes of ü (C3 BC), as some writers do.
  const bytes = new Uint8Array([
    ...encode('SUMMARY:Br'),
    0xc3,
    ...encode('\r\n '),
    0xbc,
    ...encode('cke Lauf\r\n'),
  ]);
  const file = new File([bytes], 'races.ics');
  const dom = fakeDom((el) => {
    setTimeout(() => {
      el.files = [file];
      el.emit('change');
    }, 0);
  });
  const opened = await dom.files.openText('ics');
  assert.deepEqual(opened, { path: 'races.ics', text: 'SUMMARY:Brücke Lauf\r\n' });
  // What reading the text directly gives: the character lost on both sides of the fold.
  assert.match(await file.text(), /\uFFFD/);
});

test('a file in valid UTF-8 is read unchanged, folds included', async () => {
  const text = 'BEGIN:VCALENDAR\r\nSUMMARY:Zürich Marathon is a long\r\n  name\r\n';
  assert.equal(await readText(new File([text], 'x.ics')), text);
});

test('print opens the browser’s print dialog and cannot say where the PDF went', async () => {
  const dom = fakeDom(() => {});
  assert.equal(await dom.files.printToPdf('Spring.pdf'), null);
  assert.equal(dom.printed(), 1);
});
