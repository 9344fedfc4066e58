// A small driver for ACD scenario tests: feeds events, keeps every effect, answers questions.
import { agentId, contactId, queueId, type Instant } from '../ids';
import type { AcdConfig, Channel } from '../acd/config';
import { createAcdState, decide } from '../acd/decide';
import type { DomainEvent, Effect } from '../acd/effects';
import type { AcdEvent, RequestedPresence } from '../acd/events';
import type { AcdState } from '../acd/state';

export class AcdDriver {
  readonly state: AcdState;
  readonly log: Effect[] = [];
  private timers = new Map<string, Instant>();
  now = 0;

  constructor(config: AcdConfig) {
    this.state = createAcdState(config);
  }

  send(event: AcdEvent): readonly Effect[] {
    this.now = Math.max(this.now, event.at);
    const { effects } = decide(this.state, event);
    for (const effect of effects) {
      if (effect.type === 'StartTimer') this.timers.set(effect.key, effect.at);
      if (effect.type === 'CancelTimer') this.timers.delete(effect.key);
    }
    this.log.push(...effects);
    return effects;
  }

  /** Fires, in time order, every timer due up to `until`, then moves the clock there. */
  advance(until: Instant): readonly Effect[] {
    const out: Effect[] = [];
    for (;;) {
      const due = [...this.timers.entries()].filter(([, at]) => at <= until).sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))[0];
      if (due === undefined) break;
      this.timers.delete(due[0]);
      out.push(...this.send({ type: 'TimerFired', at: due[1], key: due[0] }));
    }
    this.now = Math.max(this.now, until);
    return out;
  }

  presence(agent: string, presence: RequestedPresence, at = this.now) {
    return this.send({ type: 'AgentPresenceSet', at, agentId: agentId(agent), presence });
  }

  ready(agent: string, at = this.now) {
    return this.presence(agent, { kind: 'ready' }, at);
  }

  arrive(contact: string, queue = 'que_1', at = this.now, channel: Channel = 'voice', priority = 0) {
    return this.send({ type: 'ContactArrived', at, contactId: contactId(contact), queueId: queueId(queue), channel, priority });
  }

  /** The outstanding offer of a contact to an agent (throws if none: a test bug). */
  offerOf(contact: string, agent?: string) {
    const offer = [...this.state.offers.values()].find((o) => o.contactId === contact && (agent === undefined || o.agentId === agent));
    if (offer === undefined) throw new Error(`no offer of ${contact}${agent === undefined ? '' : ` to ${agent}`}`);
    return offer;
  }

  accept(contact: string, agent?: string, at = this.now) {
    return this.send({ type: 'OfferAccepted', at, offerId: this.offerOf(contact, agent).id });
  }

  decline(contact: string, agent?: string, at = this.now) {
    return this.send({ type: 'OfferDeclined', at, offerId: this.offerOf(contact, agent).id });
  }

  end(contact: string, at = this.now) {
    return this.send({ type: 'ContactEnded', at, contactId: contactId(contact) });
  }

  abandon(contact: string, at = this.now) {
    return this.send({ type: 'ContactAbandoned', at, contactId: contactId(contact) });
  }

  activeTimers(): ReadonlyMap<string, Instant> {
    return this.timers;
  }

  events(type?: DomainEvent['type']): DomainEvent[] {
    return this.log.flatMap((e) => (e.type === 'Emit' && (type === undefined || e.event.type === type) ? [e.event] : []));
  }
}

/** `contact->agent` for each OfferContact effect. */
export function offersIn(effects: readonly Effect[]): string[] {
  return effects.flatMap((e) => (e.type === 'OfferContact' ? [`${e.contactId}->${e.agentId}`] : []));
}
