/** Random damage to a fixture's bytes for the robustness test: seeded, so every run tries the same inputs. */
import { strToU8, unzipSync, zipSync } from 'fflate';

export type Mutation = (bytes: Uint8Array, random: () => number) => Uint8Array;

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)]!;
const decoder = new TextDecoder();
const encoder = new TextEncoder();

export const truncate: Mutation = (bytes, random) => bytes.slice(0, Math.floor(random() * bytes.length));

export const flipBytes: Mutation = (bytes, random) => {
  const out = bytes.slice();
  const count = 1 + Math.floor(random() * 40);
  for (let i = 0; i < count; i++) out[Math.floor(random() * out.length)] = Math.floor(random() * 256);
  return out;
};

const onText = (edit: (lines: string[], random: () => number) => string[]): Mutation => (bytes, random) =>
  encoder.encode(edit(decoder.decode(bytes).split('\n'), random).join('\n'));

export const shuffleLines = onText((lines, random) => {
  const out = [...lines];
  const swaps = 1 + Math.floor(random() * 30);
  for (let i = 0; i < swaps; i++) {
    const a = Math.floor(random() * out.length);
    const b = Math.floor(random() * out.length);
    [out[a], out[b]] = [out[b]!, out[a]!];
  }
  return out;
});

export const dropAndDuplicateLines = onText((lines, random) => lines.flatMap((line) => (random() < 0.05 ? [] : random() < 0.05 ? [line, line] : [line])));

export const hugeNumbers = onText((lines, random) =>
  lines.map((line) => line.replace(/\d+/g, (digits) => (random() < 0.2 ? '9'.repeat(15 + Math.floor(random() * 400)) : random() < 0.05 ? `-${digits}` : digits))),
);

export const junkCells = onText((lines, random) =>
  lines.map((line) => (random() < 0.1 ? `${line}\t${pick(['约3', '—', '/', '', '３', 'NaN', '1e9', '一百', '<td>', '|', '  '], random)}` : line)),
);

export const longLine = onText((lines, random) => {
  const at = Math.floor(random() * lines.length);
  const out = [...lines];
  out.splice(at, 0, pick(['规章', '0\t', '（三）不予公开', '一、总体情况'], random).repeat(1 + Math.floor(random() * 50_000)));
  return out;
});

export const deepNesting: Mutation = (bytes, random) => {
  const html = decoder.decode(bytes);
  const depth = 1000 + Math.floor(random() * 60_000);
  const tag = pick(['div', 'table', 'td', 'span', 'b', 'p', 'tr'], random);
  const at = Math.floor(random() * html.length);
  return encoder.encode(`${html.slice(0, at)}${`<${tag}>`.repeat(depth)}${html.slice(at)}`);
};

export const manyRows = onText((lines, random) => {
  const out = [...lines];
  const extra = Math.floor(random() * 3000);
  for (let i = 0; i < extra; i++) out.splice(Math.floor(random() * out.length), 0, pick(['3.其他\t1\t0\t0\t0\t0\t0\t1', '<tr><td rowspan=9>x</td></tr>', '0 0 0 0 0 0 0 0 0 0 0 0 0 0 0', ''], random));
  return out;
});

/** A .docx whose document.xml is damaged, replaced by a compressible bomb, or joined by many entries. */
export const docxDamage: Mutation = (bytes, random) => {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    return bytes;
  }
  const choice = Math.floor(random() * 4);
  if (choice === 0) return pick(bombs(), random);
  if (choice === 1) {
    const xml = decoder.decode(files['word/document.xml']!);
    files['word/document.xml'] = strToU8(xml.slice(0, Math.floor(random() * xml.length)));
  } else if (choice === 2) {
    const xml = decoder.decode(files['word/document.xml']!);
    files['word/document.xml'] = strToU8(xml.replace(/<w:tc>/g, (m) => (random() < 0.1 ? `${m}<w:tcPr><w:gridSpan w:val="${Math.floor(random() * 1e9)}"/><w:vMerge/></w:tcPr>` : m)));
  } else {
    for (let i = 0; i < 5000; i++) files[`junk/${i}.xml`] = new Uint8Array(0);
  }
  return zipSync(files, { level: 6 });
};

let bombCache: Uint8Array[] | null = null;

/** Word files whose document.xml inflates to 5, 33 and 70 MB of spaces (built once: compressing takes time). */
function bombs(): Uint8Array[] {
  bombCache ??= [5, 33, 70].map((mb) => zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': new Uint8Array(mb * 1024 * 1024).fill(0x20) }, { level: 9 }));
  return bombCache;
}
