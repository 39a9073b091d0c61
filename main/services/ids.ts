import { randomUUID } from 'node:crypto';

// Random IDs: they leak nothing about order or count when a pack travels through the hub.
export function newId(): string {
  return randomUUID();
}
