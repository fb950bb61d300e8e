import { readFileSync } from 'node:fs';
import { statfs } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppContext } from '../appContext.js';

/** What the health checks need beyond the context: set once by createApplication. */
export interface HealthSettings {
  /** The folder whose disk must keep room for the logs; null skips the disk check (a lab that keeps nothing). */
  dataDir: string | null;
  /** Below this many free bytes the lab is not ready: the next calls could not be saved. */
  minFreeDiskBytes: number;
  /** performance.now() when the lab started, for the uptime (a test's manual clock must not stop it). */
  startedAt: number;
  /** Users with at least one socket open (a user with two tabs counts once). */
  connectedUsers: () => number;
}

export const defaultMinFreeDiskBytes = 100 * 1024 * 1024;

export interface DiskSpace {
  freeBytes: number;
  totalBytes: number;
}

/** Space left for an unprivileged process on the folder's disk, or null if the folder cannot be read. */
export async function diskSpace(dir: string): Promise<DiskSpace | null> {
  try {
    const stats = await statfs(dir);
    return { freeBytes: stats.bavail * stats.bsize, totalBytes: stats.blocks * stats.bsize };
  } catch {
    return null;
  }
}

export type ReadinessCheck = 'stores' | 'journal' | 'disk';

/** Each check and whether it passes; no paths or figures, since anyone on the network may ask. */
export async function readiness(context: AppContext, settings: HealthSettings): Promise<Record<ReadinessCheck, boolean>> {
  const log = context.log.health();
  let disk = true;
  if (settings.dataDir !== null) {
    const space = await diskSpace(settings.dataDir);
    disk = space !== null && space.freeBytes >= settings.minFreeDiskBytes;
  }
  return { stores: log.open, journal: log.writable, disk };
}

/**
 * The version in the lab's package.json, found by walking up from this module: the same whether
 * it runs from the sources or compiled into another folder.
 */
function readVersion(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (manifest.name === 'centralino-lab' && manifest.version) return manifest.version;
    } catch {
      // No manifest here: look one folder up.
    }
    const parent = path.dirname(dir);
    if (parent === dir) return 'unknown';
    dir = parent;
  }
}

let version: string | null = null;
export const labVersion = (): string => (version ??= readVersion());
