import { useCallback, useEffect, useState } from 'react';
import type { HttpApi } from '../../../protocol/http.js';
import type { Result } from '../../../protocol/result.js';
import { callApi } from '../api/http.js';

type GetRoute = Extract<keyof HttpApi, `GET ${string}`>;

/** One GET of the API, loaded on mount and again on `reload`; null while the first answer is awaited. */
export function useApiResource<R extends GetRoute>(
  route: R,
  params?: Record<string, string>,
): { result: Result<HttpApi[R]['response']> | null; reload: () => void } {
  const [result, setResult] = useState<Result<HttpApi[R]['response']> | null>(null);
  const [generation, setGeneration] = useState(0);
  const paramKey = JSON.stringify(params ?? {});

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new generation asks again: it is the trigger of a reload
  useEffect(() => {
    let live = true;
    const parsed = JSON.parse(paramKey) as Record<string, string>;
    void callApi(route, { params: parsed }).then((answer) => {
      if (live) setResult(answer);
    });
    return () => {
      live = false;
    };
  }, [route, paramKey, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { result, reload };
}
