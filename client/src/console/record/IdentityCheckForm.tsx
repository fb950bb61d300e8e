import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdentityCheck } from '../../../../protocol/vocabulary.js';
import type { CallView } from '../../../../scenarios/projection/callView.js';
import type { Act } from '../../session/traineeActions.js';
import { useActionRunner } from '../../session/useActionRunner.js';
import { ErrorNote } from '../../ui/ErrorNote.js';
import { identityCheckList } from './identityChecks.js';

interface IdentityCheckFormProps {
  customerId: string;
  verified: CallView['verified'];
  /** An e-mail's sender confirms data by what they wrote, not by what they said. */
  channel: CallView['channel'];
  act: Act | null;
  disabled: boolean;
}

/** The trainee ticks what the caller confirmed, then records the check; watchers see what was ticked. */
export function IdentityCheckForm({ customerId, verified, channel, act, disabled }: IdentityCheckFormProps) {
  const { t } = useTranslation();
  const [checks, setChecks] = useState<IdentityCheck[]>([]);
  const verify = useActionRunner(act);
  const isVerified = verified?.customerId === customerId;

  // Another record opened: its checks start from nothing.
  // biome-ignore lint/correctness/useExhaustiveDependencies: another record opened: its checks start from nothing
  useEffect(() => setChecks([]), [customerId]);

  const shown = act ? checks : isVerified ? verified.checks : [];
  const toggle = (check: IdentityCheck, on: boolean) =>
    setChecks((previous) => (on ? [...previous, check] : previous.filter((item) => item !== check)));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void verify.run({ type: 'identity.verify', customerId, checks });
  };

  return (
    <form className="identity-check" onSubmit={onSubmit}>
      <fieldset disabled={!act || disabled}>
        <legend>{t('identity.legend', { context: channel === 'email' ? 'email' : undefined })}</legend>
        <div className="check-grid">
          {identityCheckList.map((check) => (
            <label key={check} className="check">
              <input type="checkbox" checked={shown.includes(check)} onChange={(event) => toggle(check, event.target.checked)} />
              {t(`identity.check.${check}`)}
            </label>
          ))}
        </div>
        {act && (
          <button type="submit" disabled={verify.pending || checks.length === 0}>
            {t('identity.verify')}
          </button>
        )}
      </fieldset>
      <ErrorNote error={verify.error} />
      {isVerified ? (
        <div className="verified" role="status">
          <p className="badge badge--ok">{t('identity.verified')}</p>{' '}
          <p className="muted small-text">
            {t('identity.confirmedData', { checks: verified.checks.map((check) => t(`identity.check.${check}`)).join(', ') })}
          </p>
        </div>
      ) : (
        <p className="badge badge--warn">{t('identity.notVerified')}</p>
      )}
    </form>
  );
}
