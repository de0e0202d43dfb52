/**
 * Folds that split a character. RFC 5545 folds at 75 octets and says not to split a UTF-8
 * sequence, but some writers do: decoded as it is, such a file has two broken characters around
 * the fold and reads as "not UTF-8". Unfolding those folds on the bytes, before decoding, restores
 * the character.
 */

function isContinuation(byte: number | undefined): boolean {
  return byte !== undefined && byte >= 0x80 && byte <= 0xbf;
}

/**
 * The bytes with every fold (CRLF or LF, then a space or tab) removed that sits inside a UTF-8
 * sequence (the next byte continues a character). Valid UTF-8 never has such a fold, so valid
 * text comes back unchanged (the same array).
 *
 * @example repairSplitFolds(bytesOf('SUMMARY:Br\xC3\r\n \xBCcke')) // bytes of 'SUMMARY:Brücke'
 */
export function repairSplitFolds(bytes: Uint8Array): Uint8Array {
  let out: number[] | null = null;
  let from = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 0x0d && b !== 0x0a) continue;
    const lf = b === 0x0d && bytes[i + 1] === 0x0a ? i + 1 : i;
    const space = bytes[lf + 1];
    if (
      (space === 0x20 || space === 0x09) &&
      isContinuation(bytes[lf + 2]) &&
      (bytes[i - 1] ?? 0) >= 0x80
    ) {
      out ??= [];
      for (let k = from; k < i; k++) out.push(bytes[k] ?? 0);
      from = lf + 2;
      i = lf + 1;
    }
  }
  if (out === null) return bytes;
  for (let k = from; k < bytes.length; k++) out.push(bytes[k] ?? 0);
  return Uint8Array.from(out);
}
