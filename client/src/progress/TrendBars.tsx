import { useTranslation } from 'react-i18next';
import { formatPercent } from '../i18n/formatters.js';
import { useLocalized } from '../i18n/useLocalized.js';

/** The last results as small bars; screen readers hear the same numbers as a sentence. */
export function TrendBars({ values }: { values: number[] }) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  if (values.length === 0) return <span className="muted">—</span>;
  const spoken = values.map((value) => formatPercent(value, language) ?? '').join(', ');
  return (
    <span className="trend" role="img" aria-label={t('progress.trendLabel', { count: values.length, values: spoken })}>
      {values.map((value, index) => (
        <span key={index} className="trend__bar" style={{ height: `${Math.max(8, Math.min(100, value))}%` }} aria-hidden="true" />
      ))}
    </span>
  );
}
