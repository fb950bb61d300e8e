/**
 * The catalogue's product categories, as the company data names them; shared so the console's
 * filter and the company model cannot drift apart. Plain data: no zod here, the client imports it.
 */
export const productCategories = [
  'modem e rete',
  'smartphone',
  'tablet e computer',
  'indossabili',
  'audio',
  'tv e video',
  'casa smart',
  'accessori',
  'sim',
  'servizi',
] as const;

export type ProductCategory = (typeof productCategories)[number];
