import type { Instant } from '../ids';
import { reorderContact, timerKeys } from './contacts';
import { offerContact } from './match';
import type { Output } from './output';
import { facts, overflow } from './queueing';
import type { AcdState, Contact } from './state';

/** Applies escalation step `step` of the contact's queue, if it is still the contact's next step. */
export function escalate(state: AcdState, contact: Contact, step: number, at: Instant, out: Output): void {
  const queue = state.queues.get(contact.queueId);
  const action = queue?.config.escalation[step]?.action;
  if (queue === undefined || action === undefined || contact.nextEscalation !== step) return;
  if (contact.phase !== 'waiting' && contact.phase !== 'offered') return;
  contact.nextEscalation = step + 1;
  const next = queue.config.escalation[step + 1];
  if (next !== undefined) out.startTimer(timerKeys.escalate(contact, step + 1), contact.queuedAt + next.afterSeconds * 1000);
  out.emit({ ...facts(state, contact, at), type: 'ContactEscalated', step });
  switch (action.kind) {
    case 'overflow':
      return overflow(state, contact, 'escalation', at, out, action.target);
    case 'raise-priority':
      reorderContact(state, contact, () => {
        contact.priority += action.by;
      });
      return;
    case 'add-queues': {
      const added = action.queueIds.filter((id) => state.queues.has(id) && !contact.listings.includes(id));
      reorderContact(state, contact, () => contact.listings.push(...added));
      offerContact(state, contact, at, out);
      return;
    }
    case 'add-agents': {
      const added = action.agentIds.filter((id) => state.agents.has(id) && !contact.extraAgents.includes(id));
      reorderContact(state, contact, () => contact.extraAgents.push(...added));
      offerContact(state, contact, at, out);
      return;
    }
  }
}
