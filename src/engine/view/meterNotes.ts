/**
 * Why each meter moved, in one line per meter, from the data that moved it:
 * "Trust −4: the Soviet delegation reads “San Francisco: what Japan
 * renounced” differently", "Support at home: Japan +2: Tokyo welcomes the
 * signature", "Trust −5: Outside event — The security treaty is signed". The
 * log records each entry's actual change (after clamping), so the lines add
 * up to what the meters show; a repeated argument says it counted for less.
 */
import { compile } from '../model/compiled';
import type { LogEntry } from '../model/state';
import { METER_IDS, other, type MeterId, type Scenario, type SideId } from '../model/types';
import { register } from './answers';
import { say, type Locale } from './text';

/** What a generic action is called when it moves a meter. */
const WHAT: Readonly<Record<string, string>> = {
  propose: 'the counter-proposal',
  concede: 'the concession',
  consult: 'the pause to consult',
  accept: 'the acceptance',
  sign: 'the signature',
  'walk-out': 'the walk-out',
};

const signed = (n: number) => (n > 0 ? `+${n}` : `−${Math.abs(n)}`);

/** The reason a meter moved by `delta` when `actor` did `what`. */
function reason(s: Scenario, meter: MeterId, delta: number, actor: SideId, what: string, locale: Locale): string {
  const listener = register(s, other(actor), locale);
  if (meter === 'trust') return delta > 0 ? `${listener.delegation} takes ${what} as good faith` : `${listener.delegation} reads ${what} differently`;
  if (meter === 'pressure') return delta > 0 ? `${what} adds to the pressure to conclude` : `${what} eases the pressure to conclude`;
  const home: SideId = meter === 'support-japan' ? 'japan' : 'russia';
  const capital = register(s, home, locale).capital;
  if (home === actor) return delta > 0 ? `${capital} welcomes ${what}` : `${capital} sees ${what} as giving ground`;
  return delta > 0 ? `${capital} hears ${what} as a gain` : `${capital} hears ${what} as a slight`;
}

/** One line per meter the entry moved: "<meter> <±n>: <why>". */
export function meterNotes(s: Scenario, e: LogEntry, locale: Locale = 'en'): string[] {
  if (e.kind === 'phase' || !e.delta) return [];
  const c = compile(s);
  const out: string[] = [];
  for (const id of METER_IDS) {
    const delta = e.delta[id];
    if (!delta) continue;
    const label = say(s.meters[id].label, locale);
    if (e.kind === 'event') {
      out.push(`${label} ${signed(delta)}: ${say(s.events.find((x) => x.id === e.event)?.title, locale)}`);
      continue;
    }
    const move = e.move ? c.moves.get(e.move) : undefined;
    const what = move ? `“${say(move.label, locale)}”` : (WHAT[e.action] ?? e.action);
    const less = e.repeat ? ' (less than before: the point was made already)' : '';
    out.push(`${label} ${signed(delta)}: ${reason(s, id, delta, e.side, what, locale)}${less}`);
  }
  return out;
}
