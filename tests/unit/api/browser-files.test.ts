// The browser file port over a minimal stand-in DOM: downloads via <a download>, imports via a
// hidden <input type=file>, printing via window.print().
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { browserFiles } from '../../../renderer/api/browser-files';

class FakeElement extends EventEmitter {
  attached = false;
  hidden = false;
  href = '';
  download = '';
  type = '';
  accept = '';
  files: { name: string; text(): Promise<string> }[] | null = null;
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
        el.files = [{ name: 'plan.json', text: async () => '{"version":1}' }];
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

test('print opens the browser’s print dialog and cannot say where the PDF went', async () => {
  const dom = fakeDom(() => {});
  assert.equal(await dom.files.printToPdf('Spring.pdf'), null);
  assert.equal(dom.printed(), 1);
});
