import { useState } from 'react';
import type { LabError, Result } from '../../../protocol/result.js';

/** One form's sending: pending while it travels, the error when refused, `done` run when accepted. */
export function useSubmit<T>(done: () => void) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<LabError | null>(null);
  const submit = async (send: () => Promise<Result<T>>) => {
    setPending(true);
    setError(null);
    const answer = await send();
    setPending(false);
    if (answer.ok) done();
    else setError(answer.error);
  };
  return { pending, error, submit };
}
