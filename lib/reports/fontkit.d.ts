// fontkit ships no types; the PDF renderer only asks a font which characters it has.
declare module "fontkit" {
  export type Font = { postscriptName: string; hasGlyphForCodePoint(codePoint: number): boolean };
  export function create(data: Uint8Array): Font;
}
