/**
 * View-models: what one side's screen may show, built from the game state and
 * the scenario, one file per screen (brief, table, choices, log, outcome) over
 * shared pieces (text). Everything a person reads is resolved to text in the
 * chosen locale, and everything secret — the other side's valuations, floors,
 * reservation point, brief and private replies — is left out by construction.
 * This module gathers them for the shell.
 */
export * from './brief';
export * from './answers';
export * from './choices';
export * from './expressions';
export * from './log';
export * from './meterNotes';
export * from './outcome';
export * from './proposal';
export * from './table';
export * from './text';
