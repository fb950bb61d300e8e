import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Directory } from '../../../../protocol/views.js';
import type { CallView } from '../../../../scenarios/projection/callView.js';
import type { Act } from '../../session/traineeActions.js';
import { useActionRunner } from '../../session/useActionRunner.js';
import { useLocalized } from '../../i18n/useLocalized.js';
import { ErrorNote } from '../../ui/ErrorNote.js';
import { Panel } from '../../ui/Panel.js';
import { directoryLookups } from '../shared/directoryLabels.js';
import { CodeSelect } from '../shared/CodeSelect.js';

interface WrapUpPanelProps {
  view: CallView;
  directory: Directory | null;
  act: Act | null;
}

/** After-call work: the disposition code, the notes that close the contact and what must happen next. */
export function WrapUpPanel({ view, directory, act }: WrapUpPanelProps) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [disposition, setDisposition] = useState('');
  const [notes, setNotes] = useState('');
  const [followUp, setFollowUp] = useState('');
  const followUpHint = useId();
  const submit = useActionRunner(act);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit.run({ type: 'wrapup.submit', disposition, notes: notes.trim(), followUp: followUp.trim() });
  };

  if (view.wrapup) {
    const label = directoryLookups(directory).disposition(view.wrapup.disposition);
    return (
      <Panel title={t('wrapup.title', { context: view.channel === 'email' ? 'email' : undefined })} className="area-wrapup">
        <dl className="fact-grid">
          <div>
            <dt>{t('wrapup.disposition')}</dt>
            <dd>{label ? pick(label) : view.wrapup.disposition}</dd>
          </div>
          <div>
            <dt>{t('wrapup.notes')}</dt>
            <dd>{view.wrapup.notes || t('wrapup.noNotes')}</dd>
          </div>
          <div>
            <dt>{t('wrapup.followUp')}</dt>
            <dd>{view.wrapup.followUp || t('wrapup.noFollowUp')}</dd>
          </div>
        </dl>
      </Panel>
    );
  }

  return (
    <Panel title={t('wrapup.title', { context: view.channel === 'email' ? 'email' : undefined })} className="area-wrapup">
      {!act ? (
        <p className="muted">{t('wrapup.waiting')}</p>
      ) : (
        <form className="form-stack" onSubmit={onSubmit}>
          <p>{t('wrapup.intro')}</p>
          <CodeSelect label={t('wrapup.disposition')} options={directory?.dispositions} value={disposition} onChange={setDisposition} />
          <label>
            {t('wrapup.notes')}
            <textarea rows={3} maxLength={2000} value={notes} onChange={(event) => setNotes(event.target.value)} />
          </label>
          <label>
            {t('wrapup.followUp')}
            <input maxLength={500} value={followUp} onChange={(event) => setFollowUp(event.target.value)} aria-describedby={followUpHint} />
          </label>
          <p id={followUpHint} className="hint">
            {t('wrapup.followUpHint')}
          </p>
          <button type="submit" className="primary" disabled={submit.pending}>
            {t('wrapup.submit')}
          </button>
          <ErrorNote error={submit.error} />
        </form>
      )}
    </Panel>
  );
}
