import { readdirSync, readFileSync } from 'node:fs';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { type Catalogue, mergeCatalogues } from '../../../client/src/i18n/catalogue.js';
import { errorText } from '../../../client/src/i18n/errorText.js';
import { archivedRefusal } from '../../../server/course/archivedClass.js';

const folder = new URL('../../../client/src/i18n/', import.meta.url);
const read = (file: string): Catalogue => JSON.parse(readFileSync(new URL(file, folder), 'utf8')) as Catalogue;
const load = (language: 'it' | 'en'): Catalogue => {
  const areas = readdirSync(new URL('areas/', folder)).filter((file) => file.endsWith(`.${language}.json`));
  return mergeCatalogues(read(`${language}.json`), Object.fromEntries(areas.map((file) => [file, read(`areas/${file}`)])));
};

const directory = {
  users: [{ id: 'u-1', username: 'a', displayName: 'A', role: 'trainee' as const, classId: 'aula-a', passwordHash: '' }],
  classes: [{ id: 'aula-a', name: 'Aula A', instructorIds: [], archived: true }],
};

/** What the console says when an archived class refuses: the class named, in the interface's language. */
describe('the words of an archived class’s refusals', () => {
  it('says each refusal in Italian and English, naming the class', async () => {
    const t = i18next.createInstance();
    await t.init({
      resources: { it: { translation: load('it') }, en: { translation: load('en') } },
      lng: 'it',
      interpolation: { escapeValue: false },
    });
    const said = (reason: 'classArchivedPractice' | 'classArchivedReadOnly', language: 'it' | 'en') => {
      const refusal = archivedRefusal(directory, { traineeIds: ['u-1'] }, reason);
      if (!refusal) throw new Error('an archived class refuses');
      return errorText(refusal.error, t.getFixedT(language), language).detail;
    };
    expect(said('classArchivedPractice', 'it')).toBe(
      'La tua classe Aula A è archiviata: non si avviano più esercitazioni. Le chiamate che hai fatto restano consultabili.',
    );
    expect(said('classArchivedPractice', 'en')).toBe(
      'Your class Aula A is archived: no more practice calls can be started. The calls you made can still be read.',
    );
    expect(said('classArchivedReadOnly', 'it')).toBe(
      'La classe Aula A è archiviata e si può solo consultare: il suo catalogo di esercitazione non si modifica più.',
    );
    expect(said('classArchivedReadOnly', 'en')).toBe(
      'Class Aula A is archived and read-only: its practice catalogue can no longer be changed.',
    );
  });
});
