import { test } from 'node:test';
import assert from 'node:assert/strict';
import { paperFor, parsePaper } from '../../../src/print/paper';

test('Letter for the US, Canada and the other Letter regions; A4 elsewhere and when unsure', () => {
  for (const l of ['en-US', 'en_CA', 'es-MX', 'fil-PH', 'en_US.UTF-8', 'zh-Hant-US']) {
    assert.equal(paperFor(l), 'Letter', l);
  }
  for (const l of ['de-DE', 'en-GB', 'fr', 'en', 'C', '', 'zh-Hans-CN', 'pt-BR']) {
    assert.equal(paperFor(l), 'A4', l);
  }
});

test('a paper name is read in any case, and anything else is null', () => {
  assert.equal(parsePaper('letter'), 'Letter');
  assert.equal(parsePaper('A4'), 'A4');
  assert.equal(parsePaper('a5'), null);
});
