// What to do when the stand-in refuses a rule set: get the official runtime.
export const OFFICIAL_RUNTIME_HINT =
  "This machine runs the Storage emulator with Agora's deny-all stand-in rules runtime, which only " +
  'accepts a storage.rules that denies every client request. To test other rules, get the official ' +
  'runtime once on a connected machine (`npx firebase setup:emulators:storage`, which caches ' +
  'cloud-storage-rules-runtime-*.jar in ~/.cache/firebase/emulators) and run again: the launcher ' +
  'uses it automatically.';
