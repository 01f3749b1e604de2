/**
 * The contract client for every screen. `call` resolves with the channel's output or throws an ApiFailure that
 * carries the service's one-sentence Chinese message, so screens show it as it is.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Channel, ChannelInput, ChannelOutput, Invoke } from '../../../shared/api.js';
import { ApiFailure } from './apiFailure.js';

export { ApiFailure };

export interface Api {
  readonly invoke: Invoke;
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
}

const ApiContext = createContext<Api | null>(null);

export function ApiProvider({ invoke, children }: { invoke: Invoke; children: ReactNode }) {
  const api = useMemo<Api>(
    () => ({
      invoke,
      async call(channel, input) {
        const result = await invoke(channel, input);
        if (!result.ok) throw new ApiFailure(result.error);
        return result.value;
      },
    }),
    [invoke],
  );
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiProvider');
  return api;
}

/** The message to show for anything a call threw. */
export const failureMessage = (error: unknown): string =>
  error instanceof ApiFailure ? error.error.message : `出现意外错误：${error instanceof Error ? error.message : String(error)}`;
