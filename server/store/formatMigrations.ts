import { replaceFile } from './replaceFile.js';
import path from 'node:path';
import { demoClass } from '../seed.js';
import { readLabFile } from './labFile.js';

/** Says what an upgrade changed that a person must look at. */
export type Warn = (message: string) => void;

/** Brings a data folder from the format before `to` up to `to`; runs after a backup, before any store opens. */
export interface FormatMigration {
  to: number;
  describe: string;
  migrate(dataDir: string, warn: Warn): Promise<void>;
}

/**
 * Format 1: a class names its instructors (`instructorIds`, from class scoping on). A class made
 * before has none; the demo class gets its demo instructor, any other class an empty list, which
 * leaves it to the admins until someone adds its instructors' ids.
 */
const classInstructors: FormatMigration = {
  to: 1,
  describe: 'classes name their instructors (instructorIds)',
  async migrate(dataDir, warn) {
    const file = path.join(dataDir, 'lab.json');
    // An unreadable lab.json stops the upgrade with the start's own message, before the format is raised past this step.
    const data = await readLabFile(file);
    let changed = false;
    for (const entry of data.classes) {
      if (Array.isArray(entry.instructorIds)) continue;
      changed = true;
      if (entry.id === demoClass.id) entry.instructorIds = [...demoClass.instructorIds];
      else {
        entry.instructorIds = [];
        warn(
          `class ${entry.id} had no instructors listed: only admins act on it until its instructors' ids are added to its "instructorIds" in ${file}`,
        );
      }
    }
    if (changed) await replaceFile(file, JSON.stringify(data, null, 2), `${file}.migrating.tmp`);
  },
};

/** Every migration, in order; the last one's `to` is the format this lab writes. */
export const formatMigrations: readonly FormatMigration[] = [classInstructors];
