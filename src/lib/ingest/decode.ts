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

/** Offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // Binary search on the longest valid prefix (a prefix may end mid-character, so allow 3 bytes).
  while (lo < hi) {
    const mid = Math.floor((lo + hi + 1) / 2);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return Math.min(lo, bytes.length - 1);
}
