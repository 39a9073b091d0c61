import { powerMonitor } from 'electron';

// A member who walks away and locks the screen, or closes the lid, leaves the profile locked
// too: whoever opens the laptop next needs the passphrase again.
export function lockOnSystemEvents(lock: () => void): void {
  powerMonitor.on('lock-screen', lock);
  powerMonitor.on('suspend', lock);
}
