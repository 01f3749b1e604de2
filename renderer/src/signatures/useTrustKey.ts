/**
 * Trusting a unit's signing key from a file it sent (keys.trust, logged; removable in 签名密钥): one call, its
 * busy state, and the Chinese sentence when it is refused. Used where a file's key is shown — the import's
 * signature notice and the 汇总 screen's 信任此单位的密钥….
 */
import { useState } from 'react';
import { failureMessage, useApi } from '../api/ApiContext.js';

export function useTrustKey(onTrusted: () => void): { busy: boolean; problem: string | null; trust: (publicKey: string, name: string) => Promise<void> } {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const trust = async (publicKey: string, name: string): Promise<void> => {
    setBusy(true);
    setProblem(null);
    try {
      await api.call('keys.trust', { publicKey, name, source: 'file' });
      onTrusted();
    } catch (error) {
      setProblem(failureMessage(error));
    } finally {
      setBusy(false);
    }
  };
  return { busy, problem, trust };
}
