import { createHash } from 'node:crypto';

/** The lab's own namespace for name-based UUIDs (a fixed random UUID: only its being fixed matters). */
const labNamespace = Buffer.from('6f1c7e0a4b9d4c2e8a3f5d7b9e1c2a40', 'hex');

/**
 * A name-based UUID (RFC 4122 version 5, SHA-1): the same name gives the same id on every send, so a
 * resent statement is the same statement to the LRS, not a second one. Written here rather than
 * taken from the `uuid` package: it is the RFC's eight lines, and saves the lab a dependency.
 */
export function nameBasedUuid(name: string): string {
  const hash = createHash('sha1').update(labNamespace).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
