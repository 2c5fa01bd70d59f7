// The development inspector's collector (src/app/inspector.ts): what it lists
// from XState's inspection events of real actors — each live actor's state
// and last events; stopped ones leave the list.
import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, setup } from 'xstate';
import { eventText, stateText, Watch } from '../../src/app/inspector';

const machine = setup({ actors: { wait: fromPromise(() => new Promise<void>(() => undefined)) } }).createMachine({
  id: 'door',
  initial: 'shut',
  states: {
    shut: { on: { open: 'open' } },
    open: { initial: 'waiting', on: { shut: 'shut' }, states: { waiting: { invoke: { src: 'wait' } } } },
  },
});

describe('inspector', () => {
  it('lists each live actor with its state and last events, and drops the stopped ones', () => {
    const watch = new Watch();
    const door = createActor(machine, { inspect: watch.inspect }).start();
    door.send({ type: 'open' });
    expect(watch.rows()).toEqual([
      { name: 'door', state: 'open.waiting', events: ['init', 'open'] },
      { name: 'wait', state: 'active', events: ['init'] },
    ]);
    door.send({ type: 'shut' });
    expect(watch.rows()).toEqual([{ name: 'door', state: 'shut', events: ['init', 'open', 'shut'] }]);
    watch.note('round (engine)', { '1956-opening': { floor: 'japan' } }, 'propose');
    door.stop();
    expect(watch.rows()).toEqual([{ name: 'round (engine)', state: '1956-opening.floor.japan', events: ['propose'] }]);
  });

  it('writes state values as paths, parallel regions joined', () => {
    expect(stateText('menu')).toBe('menu');
    expect(stateText({ table: 'deciding' })).toBe('table.deciding');
    expect(stateText({ a: { b: 'c' }, d: 'e' })).toBe('a.b.c, d.e');
  });

  it('shortens XState’s own event names', () => {
    expect(eventText('xstate.done.actor.0.app.menu.checking')).toBe('done menu.checking');
    expect(eventText('xstate.after.think.roundFlow.table.thinking')).toBe('after think');
    expect(eventText('xstate.init')).toBe('init');
    expect(eventText('start')).toBe('start');
  });
});
