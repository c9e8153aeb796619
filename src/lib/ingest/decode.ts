/**
 * Decoding a raw seed file. Bad input gets a message that names the problem and the fix; a BOM and
 * CRLF line endings are simply handled.
 */

/** What was wrong with a seed file, and how to fix it. */
export interface DecodeProblem {
  /** Short machine-readable code, for tests and reports. */
  code: 'empty' | 'binary' | 'not-utf8';
  /** One sentence for the editor: what is wrong and what to do. */
  message: string;
}

/** The decoded text and what was normalised on the way. */
export interface Decoded {
  /** Text with LF line endings and no BOM. */
  text: string;
  /** What decoding changed, for the report ("removed a byte-order mark"). */
  notes: string[];
}

/**
 * Decodes the bytes of a raw seed as UTF-8 text.
 *
 * @returns The text, or a problem when the file is empty, binary or not UTF-8.
 */
export function decodeSeed(bytes: Uint8Array): Decoded | DecodeProblem {
  const notes: string[] = [];
  if (bytes.length === 0 || bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09)) {
    return { code: 'empty', message: 'the file is empty: paste the article text into it, or delete it' };
  }
  if (bytes.includes(0)) {
    return {
      code: 'binary',
      message: 'the file holds binary data (a NUL byte), not text: save the article as plain UTF-8 text',
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return {
      code: 'not-utf8',
      message: `the file is not valid UTF-8 (first bad byte 0x${bytes[at]?.toString(16).padStart(2, '0')} at offset ${at}): re-save it as UTF-8`,
    };
  }
  if (text.startsWith('\uFEFF')) {
    text = text.slice(1);
    notes.push('removed a byte-order mark (BOM)');
  }
  if (/\r\n?/.test(text)) {
    text = text.replace(/\r\n?/g, '\n');
    notes.push('converted CRLF/CR line endings to LF');
  }
  // eslint-disable-next-line no-control-regex
  const controls = text.match(/[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/g);
  if (controls && controls.length > 0) {
    if (controls.length > text.length / 100) {
      return {
        code: 'binary',
        message: `the file holds ${controls.length} control characters, so it is not plain text: save the article as plain UTF-8 text`,
      };
    }
    text = text.replace(/[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
    notes.push(`removed ${controls.length} stray control character(s)`);
  }
  return { text, notes };
}

/** True when decoding failed. */
export function isDecodeProblem(result: Decoded | DecodeProblem): result is DecodeProblem {
  return 'code' in result;
}

/** Offset of the first byte of the first invalid UTF-8 sequence, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return Math.max(0, bytes.length - 1);
}
