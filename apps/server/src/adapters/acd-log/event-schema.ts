import { z } from 'zod';
import {
  DEFAULT_QUEUE_POLICY as D, VOICE_ONLY, agentId, clientId, contactId, offerId, orgId, queueId,
  type AcdEvent, type AgentConfig, type OverflowTarget, type QueueConfig,
} from '@switchboard/domain';

// The ACD event log on disk and on the wire: one JSON object per event. Policy fields a person
// writing a log by hand would leave out get the product defaults.
const id = <T>(brand: (raw: string) => T) => z.string().min(1, 'must not be empty').transform(brand);
const instant = z.number().int('must be whole milliseconds').nonnegative();
const seconds = z.number().nonnegative();
const channel = z.enum(['voice', 'chat', 'email', 'callback']);

const overflowTarget: z.ZodType<OverflowTarget, unknown> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('queue'), queueId: id(queueId) }),
  z.object({ kind: z.literal('voicemail') }),
  z.object({ kind: z.literal('callback') }),
  z.object({ kind: z.literal('disconnect'), message: z.string() }),
]);

const escalationStep = z.object({
  afterSeconds: seconds,
  action: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('add-queues'), queueIds: z.array(id(queueId)).min(1) }),
    z.object({ kind: z.literal('add-agents'), agentIds: z.array(id(agentId)).min(1) }),
    z.object({ kind: z.literal('raise-priority'), by: z.number().int() }),
    z.object({ kind: z.literal('overflow'), target: overflowTarget }),
  ]),
});

export const queueConfigSchema: z.ZodType<QueueConfig, unknown> = z.object({
  id: id(queueId),
  clientId: id(clientId),
  strategy: z.enum(['longest-idle', 'round-robin', 'fewest-contacts', 'least-talk-time', 'top-down', 'random', 'ring-all']).default(D.strategy),
  ringTimeoutSeconds: z.number().positive().default(D.ringTimeoutSeconds),
  noAnswerReason: z.string().min(1).nullable().default(D.noAnswerReason),
  wrapUpSeconds: seconds.default(D.wrapUpSeconds),
  maxWaitSeconds: seconds.nullable().default(D.maxWaitSeconds),
  maxWaiting: z.number().int().nonnegative().nullable().default(D.maxWaiting),
  overflow: overflowTarget.default(D.overflow),
  refuseWhenEmpty: z.boolean().default(D.refuseWhenEmpty),
  leaveWhenEmpty: z.boolean().default(D.leaveWhenEmpty),
  escalation: z.array(escalationStep).default([...D.escalation])
    .refine((steps) => steps.every((s, i) => i === 0 || (steps[i - 1]?.afterSeconds ?? 0) <= s.afterSeconds), 'steps must be ordered by afterSeconds'),
  announceEverySeconds: z.number().positive().nullable().default(D.announceEverySeconds),
  serviceLevel: z.object({ targetSeconds: seconds, targetRatio: z.number().min(0).max(1) }).default(D.serviceLevel),
});

const capacity = z.object({ voice: z.number().int().nonnegative(), chat: z.number().int().nonnegative(), email: z.number().int().nonnegative(), callback: z.number().int().nonnegative() });

export const agentConfigSchema: z.ZodType<AgentConfig, unknown> = z.object({
  id: id(agentId),
  memberships: z.array(z.object({ queueId: id(queueId), level: z.number().int().min(1), order: z.number().int().optional() }))
    .refine((ms) => new Set(ms.map((m) => m.queueId)).size === ms.length, 'a queue may appear only once')
    .transform((ms) => ms.map(({ order, ...m }) => (order === undefined ? m : { ...m, order }))),
  capacity: capacity.default(VOICE_ONLY),
  voiceBlocksOthers: z.boolean().default(true),
});

const presence = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ready') }),
  z.object({ kind: z.literal('not-ready'), reason: z.string().min(1) }),
  z.object({ kind: z.literal('logged-out') }),
]);

export const acdEventSchema: z.ZodType<AcdEvent, unknown> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ContactArrived'), at: instant, contactId: id(contactId), queueId: id(queueId), channel, priority: z.number().int().optional() })
    .transform(({ priority, ...e }) => (priority === undefined ? e : { ...e, priority })),
  z.object({ type: z.literal('ContactAbandoned'), at: instant, contactId: id(contactId) }),
  z.object({ type: z.literal('CallbackRequested'), at: instant, contactId: id(contactId) }),
  z.object({ type: z.literal('ContactEnded'), at: instant, contactId: id(contactId) }),
  z.object({ type: z.literal('OfferAccepted'), at: instant, offerId: id(offerId) }),
  z.object({ type: z.literal('OfferDeclined'), at: instant, offerId: id(offerId) }),
  z.object({ type: z.literal('WrapUpEnded'), at: instant, agentId: id(agentId), contactId: id(contactId).optional() })
    .transform(({ contactId: c, ...e }) => (c === undefined ? e : { ...e, contactId: c })),
  z.object({ type: z.literal('AgentPresenceSet'), at: instant, agentId: id(agentId), presence }),
  z.object({ type: z.literal('TimerFired'), at: instant, key: z.string().min(1) }),
  z.object({ type: z.literal('QueueConfigured'), at: instant, queue: queueConfigSchema }),
  z.object({ type: z.literal('AgentConfigured'), at: instant, agent: agentConfigSchema }),
]);

/** Optional first line of a log: which organization, its queue selection rule and random seed. */
export const logHeaderSchema = z.object({
  type: z.literal('AcdStarted'),
  orgId: id(orgId),
  queueSelection: z.enum(['oldest-first', 'furthest-behind-service-level']).default('oldest-first'),
  seed: z.number().int().default(1),
});
export type LogHeader = z.output<typeof logHeaderSchema>;
