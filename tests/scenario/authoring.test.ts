// The authoring kit: the template validates and is calibrated, so
// `npm run new-round` always starts an author from a working round; the
// calibration report says which value to move when history misses the record,
// and what changed between two saves.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/engine/scenario/load';
import type { Scenario } from '../../src/engine/scenario/schema';
import { calibrate, reportChanges } from '../../src/engine/sim/calibration';
import { SCENARIOS, sharedData, sourceLibrary } from '../../src/node/files';

const template = (): Scenario => {
  const r = loadScenario('scenarios/TEMPLATE.yaml', readFileSync(join(SCENARIOS, 'TEMPLATE.yaml'), 'utf8'), { sources: sourceLibrary(), shared: sharedData() });
  if (!r.ok) throw new Error(r.error.map((e) => `${e.line}: ${e.path}: ${e.message}`).join('\n'));
  return r.value;
};

describe('scenarios/TEMPLATE.yaml', () => {
  it('validates, leaves the shared parts to common.yaml, and is calibrated', () => {
    const s = template();
    expect(readFileSync(join(SCENARIOS, 'TEMPLATE.yaml'), 'utf8')).not.toMatch(/^islands:/m);
    const report = calibrate(s);
    expect(report.runs.map((r) => [r.side, r.ok, r.hints])).toEqual([
      ['japan', true, []],
      ['russia', true, []],
      [null, true, []],
    ]);
    expect(report.exploits).toEqual([]);
  });
  it('a floor above the record names the floor to lower, and the change is reported', () => {
    const s = template();
    const before = calibrate(s);
    const tight = structuredClone(s);
    tight.negotiators.russia.floors = { 'main-issue': 65 };
    const after = calibrate(tight);
    const run = after.runs[0];
    expect(run?.ok).toBe(false);
    expect(run?.hints.join('\n')).toContain('negotiators.russia.floors.main-issue is 65');
    expect(run?.hints.join('\n')).toContain('lower the floor to 60 or less');
    expect(reportChanges(before, after)).toContain('japan plays history vs the computer: reached the record before, misses it now');
  });
  it('a record the computer values below its reservation names the reservation to lower', () => {
    const s = template();
    const skewed = structuredClone(s);
    const second = skewed.agenda.find((i) => i.id === 'second-issue');
    const joint = second?.options.find((o) => o.id === 'joint');
    if (joint) joint.value = { japan: 70, russia: 5 };
    const hints = calibrate(skewed).runs.flatMap((r) => r.hints).join('\n');
    expect(hints).toContain("negotiators.russia.reservation is 50 (50 after effects) but the record's document is worth 45.4 to russia: lower the reservation to 45 or less");
  });
});
