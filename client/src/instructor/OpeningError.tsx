import { useTranslation } from 'react-i18next';
import type { LabError } from '../../../protocol/result.js';
import type { ScenarioSummary } from '../../../protocol/views.js';
import { useLocalized } from '../i18n/useLocalized.js';
import { ErrorNote } from '../ui/ErrorNote.js';

/** Why a class's practice catalogue was not saved; a scenario met in an exam is named by its title, in the user's language. */
export function OpeningError({ error, scenarios }: { error: LabError | null; scenarios: ScenarioSummary[] }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const examined =
    error?.params?.reason === 'examScenarios'
      ? String(error.params.scenarioIds ?? '')
          .split(',')
          .filter(Boolean)
      : null;
  if (!error || !examined) return <ErrorNote error={error} />;
  const titles = examined.map((id) => {
    const scenario = scenarios.find((candidate) => candidate.id === id);
    return scenario ? pick(scenario.title) : id;
  });
  return (
    <ErrorNote
      error={{ code: error.code, message: t('openToClass.examUsed', { count: titles.length, titles: titles.join(', ') }) }}
      plain
    />
  );
}
