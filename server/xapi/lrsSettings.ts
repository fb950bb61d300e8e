import path from 'node:path';
import { Low, Memory } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { z } from 'zod';
import type { LrsSettingsView } from '../../protocol/xapi.js';
import { readTextIfPresent } from '../store/lineFiles.js';

const storedSchema = z.object({
  endpoint: z.string(),
  key: z.string(),
  secret: z.string(),
  homePage: z.string(),
  /** When the admin last saved them: failures before it were against other settings, so they are tried again. */
  savedAt: z.number(),
});
export type LrsSettings = z.infer<typeof storedSchema>;

const fileSchema = z.object({ lrs: storedSchema.nullable() });

/**
 * Where the LRS is and how to log in to it: lrs.json in the data folder, beside lab.json and kept out
 * of it, written whole and atomically (lowdb: temp file and rename). The secret is read by the sender only.
 */
export interface LrsSettingsStore {
  current(): LrsSettings | null;
  save(settings: LrsSettings): Promise<void>;
}

export const viewOf = (settings: LrsSettings | null): LrsSettingsView | null =>
  settings && { endpoint: settings.endpoint, key: settings.key, secretSet: settings.secret !== '', homePage: settings.homePage };

export async function openLrsSettings(dataDir: string | null): Promise<LrsSettingsStore> {
  let initial: z.infer<typeof fileSchema> = { lrs: null };
  const file = dataDir === null ? null : path.join(dataDir, 'lrs.json');
  if (file) {
    const text = await readTextIfPresent(file);
    if (text !== null) {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        throw new Error(`${file} is not readable JSON: ${(error as Error).message}`);
      }
      const parsed = fileSchema.safeParse(json);
      if (!parsed.success) throw new Error(`${file} is not valid LRS settings: ${parsed.error.message}`);
      initial = parsed.data;
    }
  }
  const db = new Low<z.infer<typeof fileSchema>>(file ? new JSONFile(file) : new Memory(), initial);
  db.data = initial;
  return {
    current: () => db.data.lrs,
    async save(settings) {
      const before = db.data;
      db.data = { lrs: settings };
      try {
        await db.write();
      } catch (error) {
        db.data = before;
        throw error;
      }
    },
  };
}
