import { describe, expect, it } from 'vitest';
import { decodeSeed, isDecodeProblem } from '../../../../src/lib/ingest/decode.ts';
import { ingestSeed } from '../../../../src/lib/ingest/index.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('bad input', () => {
  it('refuses an empty file with a message naming the fix', () => {
    const r = decodeSeed(new Uint8Array());
    expect(isDecodeProblem(r) && r.code).toBe('empty');
    expect(isDecodeProblem(r) && r.message).toMatch(/empty.*paste the article text/);
  });

  it('refuses a file of only white space', () => {
    expect(decodeSeed(bytes(' \n\n \t\r\n'))).toMatchObject({ code: 'empty' });
  });

  it('refuses binary data', () => {
    expect(decodeSeed(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toMatchObject({ code: 'binary' });
  });

  it('refuses text that is not UTF-8, naming the offset of the first bad byte', () => {
    const latin1 = new Uint8Array([...bytes('Caf'), 0xe9, ...bytes(' au lait, a long enough line of text.')]);
    const r = decodeSeed(latin1);
    expect(r).toMatchObject({ code: 'not-utf8' });
    expect(isDecodeProblem(r) && r.message).toMatch(/0xe9 at offset 3.*re-save it as UTF-8/);
  });

  it('removes a byte-order mark and converts CRLF, and says so', () => {
    const r = decodeSeed(bytes('\uFEFFTitle\r\n\r\nBody text.\r\n'));
    expect(r).toEqual({ text: 'Title\n\nBody text.\n', notes: ['removed a byte-order mark (BOM)', 'converted CRLF/CR line endings to LF'] });
  });

  it('refuses a file with no paragraphs once furniture is removed', () => {
    const r = ingestSeed('x.txt', bytes('Advertisement\nTT\nShare\n'));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problem).toMatchObject({ code: 'no-paragraphs' });
  });
});
