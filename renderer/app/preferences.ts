// Display preferences kept in localStorage: not sensitive, and they should survive a lock.
const largeTextKey = 'yishi.largeText';

export function storedLargeText(): boolean {
  return readStorage(largeTextKey) === '1';
}

export function applyLargeText(enabled: boolean): void {
  document.documentElement.classList.toggle('large-text', enabled);
  writeStorage(largeTextKey, enabled ? '1' : '0');
}

function readStorage(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeStorage(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Storage disabled: the preference lasts for this window only.
  }
}
