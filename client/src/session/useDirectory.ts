import { useEffect, useState } from 'react';
import type { Result } from '../../../protocol/result.js';
import type { Directory } from '../../../protocol/views.js';
import { callApi } from '../api/http.js';

let cached: Promise<Result<Directory>> | null = null;

/** The company directory changes only with a new release, so one fetch serves the whole visit. */
export function useDirectory(): Result<Directory> | null {
  const [directory, setDirectory] = useState<Result<Directory> | null>(null);
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
