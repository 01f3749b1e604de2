/**
 * The one dispatcher: validates a call's input against the contract, runs the service, validates the output.
 * Electron main (behind its sender check) and the loopback bridge both serve exactly this function, so the
 * browser tests exercise the same path a window does. Never throws: every failure becomes an ApiError in Chinese.
 */
import * as z from 'zod';
import { API, type ApiResult, type Channel, type ChannelInput, type ChannelOutput } from '../../../shared/api.js';
import { toApiError } from './errors.js';
import { inputProblem } from './inputMessages.js';

export type Handlers = { [C in Channel]: (input: z.output<(typeof API)[C]['input']>) => ChannelOutput<C> | Promise<ChannelOutput<C>> };

/** Untyped on purpose: the caller is on the other side of a process boundary. */
export type Dispatch = (channel: string, input: unknown) => Promise<ApiResult<unknown>>;

const isChannel = (channel: unknown): channel is Channel => typeof channel === 'string' && Object.hasOwn(API, channel);

export function createDispatcher(handlers: Handlers): Dispatch {
  return async (channel, input) => {
    if (!isChannel(channel)) return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `没有这个调用：${String(channel).slice(0, 60)}` } };
    const parsed = API[channel].input.safeParse(input === undefined ? {} : input);
    if (!parsed.success) return { ok: false, error: { code: 'INVALID_INPUT', message: inputProblem(parsed.error, input) } };
    try {
      const handler = handlers[channel] as (value: unknown) => unknown;
      const value = await handler(parsed.data);
      const checked = API[channel].output.safeParse(value);
      if (!checked.success) {
        return { ok: false, error: { code: 'INTERNAL', message: `程序内部错误：${channel} 的结果不符合约定（${inputProblem(checked.error, value)}）` } };
      }
      return { ok: true, value: checked.data };
    } catch (error) {
      return { ok: false, error: toApiError(error) };
    }
  };
}

/** A typed call for code on this side of the boundary (tests, the CLI, benchmarks). */
export async function call<C extends Channel>(dispatch: Dispatch, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await dispatch(channel, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as ChannelOutput<C>;
}
