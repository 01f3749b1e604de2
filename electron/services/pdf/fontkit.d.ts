// The small part of fontkit (a dependency of pdfkit, which ships no types) that the glyph pre-flight and the
// office font finder use.
declare module 'fontkit' {
  export interface Glyph {
    readonly advanceWidth: number;
  }
  export interface Font {
    readonly postscriptName: string;
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): Glyph;
  }
  /** A collection (.ttc) without `postscriptName` gives the collection, not a face. */
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
  export function openSync(path: string, postscriptName?: string): Font;
}
