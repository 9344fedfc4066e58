import { describe, expect, it } from 'vitest';
import { aQueue, anAcdConfig, anAgent } from '../testing/builders';
import { AcdDriver, offersIn } from '../testing/acd-driver';
import type { Effect } from './effects';

const positions = (effects: readonly Effect[]) => effects.flatMap((e) => (e.type === 'AnnouncePosition' ? [e.position] : []));

describe('waiting line per channel', () => {
  it('tells a caller their place among the contacts of their own channel', () => {
    const d = new AcdDriver(anAcdConfig({ queues: [aQueue({ announceEverySeconds: 30 })] }));
    d.arrive('chat_1', 'que_1', 0, 'chat');
    d.arrive('chat_2', 'que_1', 1, 'chat');
    expect(positions(d.arrive('voice_1', 'que_1', 2, 'voice'))).toEqual([1]);
    expect(positions(d.arrive('chat_3', 'que_1', 3, 'chat'))).toEqual([3]);
  });

  it('gives a chat-only agent the oldest chat even behind many older calls', () => {
    const chatOnly = { voice: 0, chat: 2, email: 0, callback: 0 };
    const d = new AcdDriver(anAcdConfig({ agents: [anAgent('agt_chat', ['que_1'], { capacity: chatOnly, voiceBlocksOthers: false })] }));
    for (let i = 0; i < 50; i += 1) d.arrive(`voice_${i}`, 'que_1', i, 'voice');
    d.arrive('chat_1', 'que_1', 100, 'chat');
    d.arrive('chat_2', 'que_1', 101, 'chat');
    expect(offersIn(d.ready('agt_chat', 200))).toEqual(['chat_1->agt_chat', 'chat_2->agt_chat']);
  });

  it('counts every channel against the queue limit', () => {
    const d = new AcdDriver(anAcdConfig({ queues: [aQueue({ maxWaiting: 2 })] }));
    d.arrive('chat_1', 'que_1', 0, 'chat');
    d.arrive('voice_1', 'que_1', 1, 'voice');
    expect(d.arrive('voice_2', 'que_1', 2, 'voice').some((e) => e.type === 'OverflowContact')).toBe(true);
  });
});
