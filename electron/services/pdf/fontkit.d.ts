// The small part of fontkit (a dependency of pdfkit, which ships no types) that the glyph pre-flight uses.
declare module 'fontkit' {
  export interface Font {
    readonly postscriptName: string;
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(buffer: Uint8Array): Font;
}
