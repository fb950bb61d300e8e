import { useEffect, useState } from 'react';
import type { Result } from '../../../protocol/result.js';
import type { ConsoleDirectory } from '../../../protocol/views.js';
import { callApi } from '../api/http.js';

let cached: Promise<Result<ConsoleDirectory>> | null = null;

/** The company directory changes only with a new release, so one fetch serves the whole visit. */
export function useDirectory(): Result<ConsoleDirectory> | null {
  const [directory, setDirectory] = useState<Result<ConsoleDirectory> | null>(null);
  useEffect(() => {
    let live = true;
    cached ??= callApi('GET /api/directory');
    void cached.then((result) => {
      if (!result.ok) cached = null;
      if (live) setDirectory(result);
    });
    return () => {
      live = false;
    };
  }, []);
  return directory;
}
