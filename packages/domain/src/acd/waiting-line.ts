import { CHANNELS, type Channel } from './config';
import { contactOrder } from './contacts';
import { SortedList } from './sorted-list';
import type { Contact } from './state';

/**
 * The contacts waiting in one queue (or for one agent), one ordered list per channel, so an agent
 * who can take chats only never walks past the voice calls: finding the next contact for an agent
 * looks at the head of each channel it can take, skipping only contacts it refused itself.
 */
export class WaitingLine {
  private readonly lists = Object.fromEntries(CHANNELS.map((c) => [c, new SortedList<Contact>(contactOrder)])) as Record<Channel, SortedList<Contact>>;

  private of(channel: Channel): SortedList<Contact> {
    return this.lists[channel];
  }

  private count = 0;

  get size(): number {
    return this.count;
  }

  insert(contact: Contact): void {
    this.of(contact.channel).insert(contact);
    this.count += 1;
  }

  remove(contact: Contact): boolean {
    const removed = this.of(contact.channel).remove(contact);
    if (removed) this.count -= 1;
    return removed;
  }

  /** 1-based place among the contacts of its channel: those are the ones ahead of it. */
  positionOf(contact: Contact): number {
    return this.of(contact.channel).rank(contact) + 1;
  }

  /** The first contact of the channel, in line order, that `accept` takes. */
  head(channel: Channel, accept: (contact: Contact) => boolean): Contact | undefined {
    return this.of(channel).find(accept);
  }

  /** Every waiting contact, channel by channel. */
  all(): Contact[] {
    return CHANNELS.flatMap((channel) => this.lists[channel].toArray());
  }
}
