import { useTranslation } from 'react-i18next';
import type { ProductSheet } from '../../../../protocol/events.js';

/** The sheet's technical data as a two-column table: each row headed by its feature. */
export function SpecificationsTable({ specifications }: { specifications: ProductSheet['specifications'] }) {
  const { t } = useTranslation();
  if (specifications.length === 0) return <p className="muted">{t('catalogue.noSpecifications')}</p>;
  return (
    <table className="data-table compact spec-table">
      <caption className="sr-only">{t('catalogue.specifications')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('catalogue.specLabel')}</th>
          <th scope="col">{t('catalogue.specValue')}</th>
        </tr>
      </thead>
      <tbody>
        {specifications.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            <td>{row.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
