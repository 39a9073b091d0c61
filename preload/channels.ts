// The two IPC channels between the preload and main. Main imports these from here so both
// ends name the same strings; the preload imports nothing from main.
export const INVOKE_CHANNEL = 'yishi:invoke';
export const EVENT_CHANNEL = 'yishi:event';
