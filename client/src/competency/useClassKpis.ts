import { useCallback, useEffect, useState } from 'react';
import type { ClassKpis, KpiTargets } from '../../../protocol/kpiTargets.js';
import type { Result } from '../../../protocol/result.js';
import { callApi } from '../api/http.js';
import { i18next } from '../i18n/setup.js';
import { type CompetencyAsk, competencyQuery } from './useCompetency.js';

/** The class's KPIs over the ask's range and mode, and the instructor's way to set new targets. */
export function useClassKpis(ask: CompetencyAsk | null): {
  result: Result<ClassKpis> | null;
  save: (targets: KpiTargets) => Promise<Result<ClassKpis>>;
} {
  const [result, setResult] = useState<Result<ClassKpis> | null>(null);
  const [generation, setGeneration] = useState(0);
  const path = ask ? `/api/classes/${encodeURIComponent(ask.classId)}/kpis?${competencyQuery(ask)}` : null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new generation asks again after the targets change
  useEffect(() => {
    if (!path) return;
    let live = true;
    fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then((response) => response.json() as Promise<Result<ClassKpis>>)
      .catch((): Result<ClassKpis> => ({ ok: false, error: { code: 'INTERNAL', message: i18next.t('errors.network') } }))
      .then((answer) => {
        if (live) setResult(answer);
      });
    return () => {
      live = false;
    };
  }, [path, generation]);
  const classId = ask?.classId ?? '';
  const save = useCallback(
    async (targets: KpiTargets) => {
      const answer = await callApi('POST /api/classes/:id/kpi-targets', { params: { id: classId }, body: targets });
      if (answer.ok) setGeneration((value) => value + 1);
      return answer;
    },
    [classId],
  );
  return { result, save };
}
