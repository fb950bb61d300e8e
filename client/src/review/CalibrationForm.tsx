import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalibrationRequest } from '../../../protocol/calibration.js';
import { itemVerdicts, type ItemVerdict } from '../../../protocol/reviewWords.js';
import type { Result } from '../../../protocol/result.js';
import type { ItemResult } from '../../../protocol/views.js';
import { useLocalized } from '../i18n/useLocalized.js';
import { ReviewErrorNote } from './ReviewErrorNote.js';
import { useSubmit } from './useSubmit.js';

/** One verdict per rubric item, chosen without seeing any other assessor's: all are required. */
export function CalibrationForm({
  items,
  onSave,
}: {
  items: ItemResult[];
  onSave: (body: CalibrationRequest) => Promise<Result<unknown>>;
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const id = useId();
  const [chosen, setChosen] = useState<Record<string, ItemVerdict | ''>>({});
  const { pending, error, submit } = useSubmit(() => undefined);
  return (
    <form
      className="calibration-form"
      aria-label={t('assessorReview.calibration.formTitle')}
      onSubmit={(event) => {
        event.preventDefault();
        const verdicts = items.flatMap((item) => {
          const verdict = chosen[item.id];
          return verdict ? [{ itemId: item.id, verdict }] : [];
        });
        void submit(() => onSave({ verdicts }));
      }}
    >
      <p className="hint">{t('assessorReview.calibration.explain')}</p>
      {items.map((item, index) => (
        <div key={item.id} className="calibration-form__item">
          <label htmlFor={`${id}-${index}`}>{pick(item.label)}</label>
          <select
            id={`${id}-${index}`}
            required
            value={chosen[item.id] ?? ''}
            onChange={(event) => setChosen((previous) => ({ ...previous, [item.id]: event.target.value as ItemVerdict | '' }))}
          >
            <option value="">{t('assessorReview.calibration.choose')}</option>
            {itemVerdicts.map((verdict) => (
              <option key={verdict} value={verdict}>
                {t(`score.status.${verdict}`)}
              </option>
            ))}
          </select>
        </div>
      ))}
      <button type="submit" className="primary" disabled={pending}>
        {t('assessorReview.calibration.submit')}
      </button>
      <ReviewErrorNote error={error} />
    </form>
  );
}
