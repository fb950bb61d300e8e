import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Catalogue, mergeCatalogues } from '../../client/src/i18n/catalogue.js';

const folder = new URL('../../client/src/i18n/', import.meta.url);
const read = (file: string): Catalogue => JSON.parse(readFileSync(new URL(file, folder), 'utf8')) as Catalogue;

/** The catalogue the console uses: the main file plus every area's file in that language. */
const load = (language: 'it' | 'en'): Catalogue => {
  const areas = readdirSync(new URL('areas/', folder)).filter((file) => file.endsWith(`.${language}.json`));
  return mergeCatalogues(read(`${language}.json`), Object.fromEntries(areas.map((file) => [file, read(`areas/${file}`)])));
};

/** Every leaf of a nested catalogue as "a.b.c" → text; anything but a string or an object is reported as is. */
function flatten(catalogue: Catalogue, prefix = ''): Map<string, unknown> {
  const leaves = new Map<string, unknown>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [inner, text] of flatten(value, path)) leaves.set(inner, text);
    } else leaves.set(path, value);
  }
  return leaves;
}

const placeholders = (text: string): string[] =>
  [...new Set([...text.matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)].map((match) => match[1]!))].sort();

const it_ = flatten(load('it'));
const en = flatten(load('en'));

describe('the interface catalogues (it.json and en.json)', () => {
  it('have exactly the same keys, nested', () => {
    const onlyIt = [...it_.keys()].filter((key) => !en.has(key));
    const onlyEn = [...en.keys()].filter((key) => !it_.has(key));
    expect({ onlyIt, onlyEn }).toEqual({ onlyIt: [], onlyEn: [] });
    expect(it_.size).toBeGreaterThan(100);
  });

  it('hold only non-empty strings', () => {
    for (const [name, catalogue] of [
      ['it', it_],
      ['en', en],
    ] as const) {
      const bad = [...catalogue].filter(([, text]) => typeof text !== 'string' || text.trim() === '').map(([key]) => key);
      expect(bad, `${name}.json`).toEqual([]);
    }
  });

  it('use the same {{placeholders}} for each key in both languages', () => {
    const differing = [...it_.keys()]
      .filter((key) => en.has(key))
      .flatMap((key) => {
        const inIt = placeholders(String(it_.get(key)));
        const inEn = placeholders(String(en.get(key)));
        return inIt.join(',') === inEn.join(',') ? [] : [`${key}: it {${inIt.join(', ')}} / en {${inEn.join(', ')}}`];
      });
    expect(differing).toEqual([]);
  });

  it('write placeholders well formed: no stray or unbalanced braces', () => {
    const broken = [...it_, ...en]
      .filter(([, text]) => typeof text === 'string')
      .filter(([, text]) => {
        const withoutPlaceholders = String(text).replace(/\{\{\s*[^}\s]+\s*\}\}/g, '');
        return /\{\{|\}\}/.test(withoutPlaceholders);
      })
      .map(([key]) => key);
    expect(broken).toEqual([]);
  });
});
