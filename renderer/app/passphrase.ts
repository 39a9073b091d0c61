// The renderer's own check before asking main; main enforces its rule too
// (profile.weakPassphrase).
export const minPassphraseLength = 8;
