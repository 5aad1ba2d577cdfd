// Bounds-checked little-endian readers for the file sniffers: a truncated or hostile file reads as
// -1 instead of throwing, so every parser loop can stop on it.

export function u16(bytes: Uint8Array, offset: number): number {
  if (offset < 0 || offset + 2 > bytes.length) return -1;
  return bytes[offset]! | (bytes[offset + 1]! << 8);
}

export function u32(bytes: Uint8Array, offset: number): number {
  if (offset < 0 || offset + 4 > bytes.length) return -1;
  // Multiplication instead of << 24 keeps the result unsigned.
  return (bytes[offset]! | (bytes[offset + 1]! << 8) | (bytes[offset + 2]! << 16)) + bytes[offset + 3]! * 0x1000000;
}

/** True when `bytes` holds `prefix` at `offset` (numbers are bytes, strings are ASCII). */
export function hasBytes(bytes: Uint8Array, prefix: readonly number[] | string, offset = 0): boolean {
  const expected = typeof prefix === "string" ? Array.from(prefix, (c) => c.charCodeAt(0)) : prefix;
  if (offset + expected.length > bytes.length) return false;
  return expected.every((b, i) => bytes[offset + i] === b);
}

const utf8 = new TextDecoder("utf-8");

export function decodeUtf8(bytes: Uint8Array): string {
  return utf8.decode(bytes);
}
