import { useTranslation } from 'react-i18next';
import type { ItemResult } from '../../../protocol/views.js';
import { useLocalized } from '../i18n/useLocalized.js';
import { itemStatusKey } from '../review/itemStatusWord.js';

interface RubricItemListProps {
  items: ItemResult[];
  /** In the assessor's desk each evidence number jumps the replay to its moment. */
  onEvidence?: (seq: number) => void;
  /** The evidence button's accessible name; the assessor's "go to event" unless told otherwise. */
  evidenceLabel?: (seq: number) => string;
}

/** Every rubric item: met, missed or not applicable, why, the abilities it counts for, its evidence. */
export function RubricItemList({ items, onEvidence, evidenceLabel }: RubricItemListProps) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  return (
    <ul className="rubric-list">
      {items.map((item) => (
        <li key={item.id} className={`rubric-item rubric-item--${item.status}`}>
          <p className="rubric-item__head">
            <span className={`status-pill status-pill--${item.status}`}>{t(itemStatusKey(item.status))}</span>{' '}
            <strong>{pick(item.label)}</strong>
            {item.critical && <span className="critical-tag"> {t('score.critical')}</span>}
            {item.coachedAfter !== undefined && (
              <span className="coached-tag"> · {t('coaching.coachedTag', { seq: item.coachedAfter })}</span>
            )}
          </p>
          <p className="rubric-item__why">{pick(item.explanation)}</p>
          <p className="rubric-item__meta muted">
            {t('score.abilities')}: {item.abilities.join(', ') || '—'} · {t('score.weight', { weight: item.weight })}
          </p>
          {item.evidence.length > 0 && (
            <p className="rubric-item__evidence">
              <span className="muted">{t('score.evidence')}:</span>{' '}
              {item.evidence.map((seq) =>
                onEvidence ? (
                  <button
                    key={seq}
                    type="button"
                    className="evidence-link"
                    aria-label={evidenceLabel ? evidenceLabel(seq) : t('score.goToEvent', { seq })}
                    onClick={() => onEvidence(seq)}
                  >
                    #{seq}
                  </button>
                ) : (
                  <span key={seq} className="evidence-tag">
                    #{seq}
                  </span>
                ),
              )}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
