// The renderer's own checks before asking main; main enforces its rules too
// (profile.weakPassphrase, and the API contract's 1024-character limit).
export const minPassphraseLength = 8;
export const maxPassphraseLength = 1024;
