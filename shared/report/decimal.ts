/**
 * The fee (万元) as an exact decimal. Stored and exchanged as a decimal string; arithmetic on integer
 * millionths of 万元 (= fen) as bigint. No binary float ever holds money.
 */

export const FEE_MAX_DECIMALS = 6;
const SCALE = 10n ** BigInt(FEE_MAX_DECIMALS);

export type FeeParse =
  | { readonly ok: true; readonly micros: bigint }
  | { readonly ok: false; readonly reason: 'notDecimal' | 'negative' | 'tooManyDecimals'; readonly decimals?: number };

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** Reads a decimal string such as "1482.5623" into millionths of 万元. */
export function parseFee(text: string): FeeParse {
  const m = DECIMAL.exec(text.trim());
  if (!m) return { ok: false, reason: 'notDecimal' };
  const [, sign, whole, fraction = ''] = m;
  if (fraction.length > FEE_MAX_DECIMALS) return { ok: false, reason: 'tooManyDecimals', decimals: fraction.length };
  const micros = BigInt(whole!) * SCALE + BigInt(fraction.padEnd(FEE_MAX_DECIMALS, '0'));
  if (sign === '-' && micros !== 0n) return { ok: false, reason: 'negative' };
  return { ok: true, micros };
}

/** Canonical decimal string: no leading zeros, no trailing fractional zeros ("1482.5623", "0", "12.5"). */
export function formatFee(micros: bigint): string {
  const negative = micros < 0n;
  const abs = negative ? -micros : micros;
  const whole = abs / SCALE;
  const fraction = (abs % SCALE).toString().padStart(FEE_MAX_DECIMALS, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** Exact sum of fee strings (county roll-up). Throws on an invalid input: validate first. */
export function sumFees(values: readonly string[]): string {
  let total = 0n;
  for (const v of values) {
    const parsed = parseFee(v);
    if (!parsed.ok) throw new Error(`not a fee: ${v}`);
    total += parsed.micros;
  }
  return formatFee(total);
}
