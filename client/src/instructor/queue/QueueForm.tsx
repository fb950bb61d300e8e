import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassView } from '../../../../protocol/http.js';
import type { LabError } from '../../../../protocol/result.js';
import type { ScenarioSummary } from '../../../../protocol/views.js';
import type { LaunchMode } from '../../../../protocol/vocabulary.js';
import { useSocket } from '../../api/socketContext.js';
import { request } from '../../api/socketRequest.js';
import { useLocalized } from '../../i18n/useLocalized.js';
import { ErrorNote } from '../../ui/ErrorNote.js';
import { ClassSelect } from '../ClassSelect.js';
import { LaunchModeSelect } from '../LaunchModeSelect.js';

/** Callers into a class's queue, like a real contact centre's: a mix of scenarios, optionally arriving over minutes. */
export function QueueForm({ classes, scenarios }: { classes: ClassView[]; scenarios: ScenarioSummary[] }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const socket = useSocket();
  const ids = { scenarios: useId(), copies: useId(), stagger: useId() };
  const [classId, setClassId] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [copies, setCopies] = useState(1);
  const [stagger, setStagger] = useState(0);
  const [mode, setMode] = useState<LaunchMode>('standard');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<LabError | null>(null);
  const [queued, setQueued] = useState<number | null>(null);
  const group = classId || (classes[0]?.id ?? '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    const result = await request(socket, 'queue:add', { classId: group, scenarioIds: chosen, copies, staggerSeconds: stagger, mode });
    setPending(false);
    setError(result.ok ? null : result.error);
    setQueued(result.ok ? result.data.queued : null);
  };

  if (classes.length === 0) return <p className="muted">{t('launch.noClasses')}</p>;
  return (
    <form className="queue-form" aria-label={t('queue.title')} onSubmit={(event) => void submit(event)}>
      <ClassSelect label={t('launch.class')} classes={classes} value={group} onChange={setClassId} />
      <label htmlFor={ids.scenarios}>{t('queue.scenarios')}</label>
      <select
        id={ids.scenarios}
        multiple
        size={6}
        value={chosen}
        onChange={(event) => setChosen([...event.target.selectedOptions].map((option) => option.value))}
      >
        {scenarios.map((scenario) => (
          <option key={scenario.id} value={scenario.id}>
            {pick(scenario.title)}
          </option>
        ))}
      </select>
      <p className="hint">{t('queue.scenariosHint')}</p>
      <div className="queue-form__numbers">
        <label htmlFor={ids.copies}>{t('queue.copies')}</label>
        <input id={ids.copies} type="number" min={1} max={30} value={copies} onChange={(event) => setCopies(Number(event.target.value))} />
        <label htmlFor={ids.stagger}>{t('queue.stagger')}</label>
        <input
          id={ids.stagger}
          type="number"
          min={0}
          max={3600}
          value={stagger}
          onChange={(event) => setStagger(Number(event.target.value))}
        />
      </div>
      <LaunchModeSelect value={mode} onChange={setMode} />
      <button type="submit" className="primary" disabled={pending || chosen.length === 0}>
        {t('queue.add')}
      </button>
      <p role="status">{queued !== null ? t('queue.added', { count: queued }) : ''}</p>
      <ErrorNote error={error} />
    </form>
  );
}
