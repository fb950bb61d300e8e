import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassView } from '../../../protocol/http.js';
import type { ScenarioSummary } from '../../../protocol/views.js';
import { useLocalized } from '../i18n/useLocalized.js';
import { OpeningError } from './OpeningError.js';
import { useClassOpening } from './useClassOpening.js';
import { ClassSelect } from './ClassSelect.js';

interface PracticeOpeningProps {
  classes: ClassView[];
  scenarios: ScenarioSummary[];
  /** The classes are read again after a save, so the list below matches the server. */
  onSaved: () => void;
}

/** Which scenarios a class may practise on its own: one checkbox per scenario, then save. */
export function PracticeOpening({ classes, scenarios, onSaved }: PracticeOpeningProps) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [classId, setClassId] = useState(classes[0]?.id ?? '');
  const chosenClass = classes.find((item) => item.id === classId) ?? classes[0] ?? null;
  const [checked, setChecked] = useState<string[]>(chosenClass?.openScenarios ?? []);
  const [saved, setSaved] = useState('');
  const opening = useClassOpening();

  // Another class, or the server's answer: the boxes show what is open now.
  const serverList = JSON.stringify(chosenClass?.openScenarios ?? []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: another class chosen resets the boxes even when both have the same list open
  useEffect(() => {
    setChecked(JSON.parse(serverList) as string[]);
  }, [chosenClass?.id, serverList]);

  if (!chosenClass) return <p className="muted">{t('launch.noClasses')}</p>;

  const toggle = (scenarioId: string, on: boolean) => {
    setSaved('');
    setChecked((previous) => (on ? [...previous, scenarioId] : previous.filter((id) => id !== scenarioId)));
  };
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved('');
    const open = await opening.save(
      chosenClass.id,
      scenarios.map((scenario) => scenario.id).filter((id) => checked.includes(id)),
    );
    if (open) {
      setSaved(t('openToClass.saved', { count: open.length, name: chosenClass.name }));
      onSaved();
    }
  };

  return (
    <form className="form-stack practice-opening" onSubmit={onSubmit}>
      <p className="hint">{t('openToClass.intro')}</p>
      <ClassSelect label={t('openToClass.class')} classes={classes} value={chosenClass.id} onChange={setClassId} />
      <fieldset>
        <legend>{t('openToClass.legend', { name: chosenClass.name })}</legend>
        {scenarios.length === 0 ? (
          <p className="muted">{t('scenarios.none')}</p>
        ) : (
          <ul className="check-list">
            {scenarios.map((scenario) => (
              <li key={scenario.id} className="radio-cell">
                <input
                  type="checkbox"
                  id={`practice-open-${scenario.id}`}
                  checked={checked.includes(scenario.id)}
                  onChange={(event) => toggle(scenario.id, event.target.checked)}
                  aria-describedby={`practice-open-${scenario.id}-facts`}
                />
                <span>
                  <label htmlFor={`practice-open-${scenario.id}`}>{pick(scenario.title)}</label>
                  <span className="muted small-text block" id={`practice-open-${scenario.id}-facts`}>
                    {t(`kind.${scenario.kind}`, { defaultValue: scenario.kind })} · {t(`callLanguage.${scenario.language}`)} ·{' '}
                    {t(`difficulty.${scenario.difficulty}`)}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <button type="submit" className="primary" disabled={opening.pending}>
        {t('openToClass.save')}
      </button>
      <OpeningError error={opening.error} scenarios={scenarios} />
      <p role="status" className="saved-note">
        {saved}
      </p>
    </form>
  );
}
