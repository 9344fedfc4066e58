// The public API of @switchboard/domain (the only index in the package).
export * from './ids';

// ACD: the routing core.
export * from './acd/config';
export type * from './acd/events';
export type * from './acd/effects';
export type { AcdState, Contact, Agent, Queue, ContactPhase } from './acd/state';
export { createAcdState, decide, type Decision } from './acd/decide';
export { deriveStatus, canTake } from './acd/agents';
export { serviceLevelOf } from './acd/contacts';

// Staffing math.
