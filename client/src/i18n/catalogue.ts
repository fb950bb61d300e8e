/**
 * The interface's words, per language: the main catalogue (it.json, en.json) plus one catalogue per
 * area of work (areas/<area>.<language>.json), so each screen's words live beside each other and
 * never collide. Each area owns its top-level keys; a key defined twice is a mistake caught here.
 */
export type Catalogue = { [key: string]: string | Catalogue };

export function mergeCatalogues(main: Catalogue, areas: Record<string, Catalogue>): Catalogue {
  const merged: Catalogue = { ...main };
  for (const [file, area] of Object.entries(areas)) {
    for (const [key, value] of Object.entries(area)) {
      if (key in merged) throw new Error(`${file}: the key "${key}" is already defined in another catalogue`);
      merged[key] = value;
    }
  }
  return merged;
}
