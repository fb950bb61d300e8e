import { useTranslation } from 'react-i18next';
import { Panel } from '../ui/Panel.js';

const files = ['sessions', 'verdicts', 'abilities', 'reviews'] as const;

/** The course records' CSV files, made on the server for Excel set to Italian. */
export function ExportLinks() {
  const { t } = useTranslation();
  return (
    <Panel title={t('assessorReview.exports.title')} className="review-exports">
      <p className="hint">{t('assessorReview.exports.explain')}</p>
      <ul className="review-exports__list">
        {files.map((file) => (
          <li key={file}>
            <a href={`/api/exports/${file}.csv`} download>
              {t(`assessorReview.exports.${file}`)}
            </a>
          </li>
        ))}
      </ul>
    </Panel>
  );
}
