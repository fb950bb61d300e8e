import { useEffect, useState } from 'react';
import type { CompetencyMatrix, CompetencyMode } from '../../../protocol/competency.js';
import type { Result } from '../../../protocol/result.js';
import { i18next } from '../i18n/setup.js';

export interface CompetencyAsk {
  classId: string;
  from: string;
  to: string;
  mode: CompetencyMode;
}

/** The query string of an ask: empty days are left out (no bound). */
export function competencyQuery(ask: CompetencyAsk): string {
  const query = new URLSearchParams({ mode: ask.mode });
  if (ask.from) query.set('from', ask.from);
  if (ask.to) query.set('to', ask.to);
  return query.toString();
}

export const competencyPath = (ask: CompetencyAsk, csv = false) =>
  `/api/classes/${encodeURIComponent(ask.classId)}/competency${csv ? '.csv' : ''}?${competencyQuery(ask)}`;

/** The class's matrix for the ask, asked again whenever the ask changes; null while it loads. */
export function useCompetency(ask: CompetencyAsk | null): Result<CompetencyMatrix> | null {
  const [result, setResult] = useState<Result<CompetencyMatrix> | null>(null);
  const path = ask ? competencyPath(ask) : null;
  useEffect(() => {
    if (!path) return;
    let live = true;
    setResult(null);
    // Not callApi: its routes carry no query string, and the matrix's range and mode are one.
    fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then((response) => response.json() as Promise<Result<CompetencyMatrix>>)
      .catch((): Result<CompetencyMatrix> => ({ ok: false, error: { code: 'INTERNAL', message: i18next.t('errors.network') } }))
      .then((answer) => {
        if (live) setResult(answer);
      });
    return () => {
      live = false;
    };
  }, [path]);
  return result;
}
