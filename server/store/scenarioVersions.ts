import { createHash } from 'node:crypto';
import { replaceFile } from './replaceFile.js';
import { mkdir, open, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { scenarioSchema, type Scenario } from '../../scenarios/format/schema.js';
import { labLog } from '../logger.js';

/** The scenario a session was played with, and the version of the company data it ran against. */
export interface KeptScenario {
  scenario: Scenario;
  /** sha256 of the company data (scenarios/company) the session's lookups used. */
  companyVersion: string;
}

/**
 * Every scenario version a session was launched with, content-addressed and never rewritten: a
 * session is scored, replayed and debriefed against its own, so editing or deleting a scenario
 * later changes nothing for the sessions already played.
 */
export interface ScenarioVersionStore {
  /** Keeps the version (once) and resolves with its hash once it is on disk. */
  keep(scenario: Scenario, companyVersion: string): Promise<string>;
  get(hash: string): KeptScenario | undefined;
}

const keptSchema = z.object({ scenario: scenarioSchema, companyVersion: z.string() });
const hashOf = (bytes: string) => createHash('sha256').update(bytes).digest('hex');
/** Bytes that match their hash are whole; this only guards against a file someone wrote by hand. */
const parseOrNull = (bytes: string): unknown => {
  try {
    return JSON.parse(bytes);
  } catch {
    return null;
  }
};
const isHash = (name: string) => /^[0-9a-f]{64}$/.test(name);

class ScenarioVersions implements ScenarioVersionStore {
  #kept = new Map<string, KeptScenario>();
  #writing = new Map<string, Promise<void>>();
  /**
   * The hash each catalogue scenario object had, per company data version: every launch keeps its
   * scenario, and serialising and hashing the whole scenario each time was 15 % of the server's CPU
   * under load. The catalogue never changes a scenario in place (an edit is a new object), so the
   * object's identity stands for its bytes.
   */
  #hashes = new WeakMap<Scenario, Map<string, string>>();

  constructor(private readonly dir: string | null) {}

  /** Reads the kept versions; a file whose bytes no longer match its name is left out and reported. */
  async load(): Promise<void> {
    if (!this.dir) return;
    await mkdir(this.dir, { recursive: true });
    for (const name of await readdir(this.dir)) {
      const hash = name.replace(/\.json$/, '');
      if (!name.endsWith('.json') || !isHash(hash)) continue;
      const file = path.join(this.dir, name);
      const bytes = await readFile(file, 'utf8');
      const parsed = hashOf(bytes) === hash ? keptSchema.safeParse(parseOrNull(bytes)) : null;
      if (parsed?.success) this.#kept.set(hash, parsed.data);
      else
        labLog().error(
          { file },
          `${file} does not match its hash or is not a scenario version: its sessions are scored with the current scenario`,
        );
    }
  }

  get(hash: string) {
    return this.#kept.get(hash);
  }

  async keep(scenario: Scenario, companyVersion: string): Promise<string> {
    const known = this.#hashes.get(scenario)?.get(companyVersion);
    // Kept already (on disk, or being written): nothing to serialise. A failed write is forgotten, and retried below.
    if (known && (this.#kept.has(known) || this.#writing.has(known))) {
      await this.#writing.get(known);
      return known;
    }
    const bytes = JSON.stringify({ scenario, companyVersion });
    const hash = hashOf(bytes);
    const byVersion = this.#hashes.get(scenario) ?? new Map<string, string>();
    this.#hashes.set(scenario, byVersion.set(companyVersion, hash));
    if (!this.#writing.has(hash) && !this.#kept.has(hash)) {
      const writing = this.#write(hash, bytes).then(
        () => void this.#kept.set(hash, { scenario, companyVersion }),
        (error: unknown) => {
          this.#writing.delete(hash);
          throw error;
        },
      );
      this.#writing.set(hash, writing);
    }
    await this.#writing.get(hash);
    return hash;
  }

  /** Written to a temp file, synced, renamed, and the folder synced: a version is whole or absent. */
  async #write(hash: string, bytes: string): Promise<void> {
    if (!this.dir) return;
    const file = path.join(this.dir, `${hash}.json`);
    await replaceFile(file, bytes);
    const folder = await open(this.dir, 'r');
    try {
      await folder.sync();
    } finally {
      await folder.close();
    }
  }
}

/** The versions kept in `<dataDir>/scenario-versions/<sha256>.json`. */
export async function openScenarioVersions(dir: string): Promise<ScenarioVersionStore> {
  const store = new ScenarioVersions(dir);
  await store.load();
  return store;
}

/** Versions kept in memory only: for a lab without a data folder. */
export const memoryScenarioVersions = (): ScenarioVersionStore => new ScenarioVersions(null);
