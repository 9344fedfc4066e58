/** Branded ids with readable prefixes (STYLE.md §4): never swapped, easy to read in logs. */
type Brand<T, B extends string> = T & { readonly __brand: B };

export type OrgId = Brand<string, 'OrgId'>;
export type ClientId = Brand<string, 'ClientId'>;
export type QueueId = Brand<string, 'QueueId'>;
export type AgentId = Brand<string, 'AgentId'>;
export type ContactId = Brand<string, 'ContactId'>;
export type OfferId = Brand<string, 'OfferId'>;

export const orgId = (raw: string): OrgId => raw as OrgId;
export const clientId = (raw: string): ClientId => raw as ClientId;
export const queueId = (raw: string): QueueId => raw as QueueId;
export const agentId = (raw: string): AgentId => raw as AgentId;
export const contactId = (raw: string): ContactId => raw as ContactId;
export const offerId = (raw: string): OfferId => raw as OfferId;

/** Milliseconds since the Unix epoch. Pure code never reads a clock: instants arrive in events. */
export type Instant = number;
