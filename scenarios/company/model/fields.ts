import { z } from 'zod';

/** Field types the company's files share, so a date or a bilingual text is checked the same way in each. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
/** A text in the interface's languages. */
export const localized = z.object({ it: z.string().min(1), en: z.string().min(1) });
