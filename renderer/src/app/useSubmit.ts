/**
 * A dialog's OK button: busy while the action runs, and what went wrong as one Chinese sentence (the service's
 * own, or the dialog's when its input is incomplete). The dialog stays open with what was typed.
 */
import { useCallback, useState } from 'react';
import { failureMessage } from '../api/ApiContext.js';

export interface Submit {
  readonly busy: boolean;
  readonly problem: string | null;
  /** Runs the action; a thrown refusal becomes `problem`. */
  submit(action: () => Promise<void>): Promise<void>;
  /** The input is not complete: say so without calling anything. */
  refuse(problem: string): void;
}

export function useSubmit(): Submit {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = useCallback(async (action: () => Promise<void>) => {
    setProblem(null);
    setBusy(true);
    try {
      await action();
    } catch (error) {
      setProblem(failureMessage(error));
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, problem, submit, refuse: setProblem };
}
