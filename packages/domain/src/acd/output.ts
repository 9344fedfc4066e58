import type { DomainEvent, Effect } from './effects';

/** Collects the effects of one decision, in the order the shell must carry them out. */
export class Output {
  readonly effects: Effect[] = [];

  push(effect: Effect): void {
    this.effects.push(effect);
  }

  emit(event: DomainEvent): void {
    this.effects.push({ type: 'Emit', event });
  }

  startTimer(key: string, at: number): void {
    this.effects.push({ type: 'StartTimer', key, at });
  }

  cancelTimer(key: string): void {
    this.effects.push({ type: 'CancelTimer', key });
  }
}
