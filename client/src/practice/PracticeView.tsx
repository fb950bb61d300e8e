import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { practiceModes, type PracticeMode } from '../../../protocol/vocabulary.js';
import { ErrorNote } from '../ui/ErrorNote.js';
import { Panel } from '../ui/Panel.js';
import { noPracticeFilter, filterScenarios, type PracticeFilter } from './practiceFilter.js';
import { PracticeFilters } from './PracticeFilters.js';
import { PracticeScenarioList } from './PracticeScenarioList.js';
import type { PracticeCatalogue } from './usePracticeCatalogue.js';
import { useStartPractice } from './useStartPractice.js';
import './practice.css';

/** Self-practice: the class's open scenarios, filtered, in the mode the trainee picks; a start rings the phone. */
export function PracticeView({ catalogue }: { catalogue: PracticeCatalogue }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<PracticeFilter>(noPracticeFilter);
  const [mode, setMode] = useState<PracticeMode>('guided');
  const practice = useStartPractice();
  const modeName = useId();
  const all = catalogue.scenarios;
  const shown = all ? filterScenarios(all, filter) : [];

  return (
    <Panel title={t('practice.title')} className="practice">
      <p className="hint">{t('practice.intro')}</p>
      <ErrorNote error={catalogue.error} />
      {all === null && !catalogue.error && <p className="muted">{t('app.loading')}</p>}
      {all !== null && all.length === 0 && <p className="muted">{t('practice.noneOpen')}</p>}
      {all !== null && all.length > 0 && (
        <>
          <PracticeFilters scenarios={all} filter={filter} onChange={setFilter} />
          <fieldset className="practice-mode">
            <legend>{t('practice.mode')}</legend>
            {practiceModes.map((value) => (
              <label key={value} className="check">
                <input type="radio" name={modeName} value={value} checked={mode === value} onChange={() => setMode(value)} />
                {t(`launch.modeOption.${value}`)}
              </label>
            ))}
          </fieldset>
          <ErrorNote error={practice.error} />
          <p role="status" className="muted">
            {t('practice.shown', { count: shown.length, total: all.length })}
          </p>
          {shown.length > 0 && (
            <PracticeScenarioList
              scenarios={shown}
              pendingId={practice.pendingId}
              onStart={(scenarioId) => void practice.start(scenarioId, mode)}
            />
          )}
        </>
      )}
    </Panel>
  );
}
