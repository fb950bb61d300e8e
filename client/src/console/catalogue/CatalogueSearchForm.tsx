import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TraineeAction } from '../../../../protocol/actions.js';
import { productCategories } from '../../../../protocol/catalogue.js';

export { productCategories };

type ProductSearch = Extract<TraineeAction, { type: 'product.search' }>;

interface CatalogueSearchFormProps {
  disabled: boolean;
  pending: boolean;
  onSearch: (search: ProductSearch) => void;
}

/** The catalogue's search with its filters; an empty query with filters browses the catalogue. */
export function CatalogueSearchForm({ disabled, pending, onSearch }: CatalogueSearchFormProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState('');
  const [maxPrice, setMaxPrice] = useState('');
  const [availableOnly, setAvailableOnly] = useState(false);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const price = maxPrice.trim() === '' ? undefined : Number(maxPrice);
    onSearch({
      type: 'product.search',
      query: query.trim(),
      ...(category ? { category } : {}),
      ...(price !== undefined && Number.isFinite(price) ? { maxPrice: price } : {}),
      ...(availableOnly ? { availableOnly } : {}),
    });
  };
  return (
    <form className="inline-form catalogue-search" onSubmit={onSubmit} role="search" aria-label={t('catalogue.searchLabel')}>
      <label>
        {t('catalogue.searchLabel')}
        <input
          type="search"
          enterKeyHint="search"
          value={query}
          maxLength={120}
          onChange={(event) => setQuery(event.target.value)}
          placeholder={t('catalogue.searchPlaceholder')}
          disabled={disabled}
        />
      </label>
      <label>
        {t('catalogueFilters.category')}
        <select value={category} onChange={(event) => setCategory(event.target.value)} disabled={disabled}>
          <option value="">{t('catalogueFilters.anyCategory')}</option>
          {productCategories.map((value) => (
            <option key={value} value={value} lang="it">
              {value}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('catalogueFilters.maxPrice')}
        <input
          type="number"
          min={0}
          max={100000}
          step="any"
          inputMode="decimal"
          value={maxPrice}
          onChange={(event) => setMaxPrice(event.target.value)}
          disabled={disabled}
        />
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={availableOnly} onChange={(event) => setAvailableOnly(event.target.checked)} disabled={disabled} />
        {t('catalogueFilters.availableOnly')}
      </label>
      <button type="submit" aria-label={t('catalogue.searchNamed')} disabled={disabled || pending}>
        {t('catalogue.search')}
      </button>
    </form>
  );
}
