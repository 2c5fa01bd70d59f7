/**
 * `npm run machine -- --round 1956 [--stdout]`: draws the round's statechart
 * (the machine the game runs, generated from the round file) as a Mermaid
 * state diagram and writes it into docs/teacher-guide.md under "How a round
 * works", between its markers (or prints it with --stdout).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { roundDiagram } from '../engine/round/diagram';
import { loadRound, ROOT, scenarioFiles } from '../node/files';
import { cli, parseFlags, type Cli } from './args';

const USAGE = 'npm run machine -- --round ID [--stdout]';
const c: Cli = cli('machine', USAGE);
const { values } = parseFlags(c, USAGE, { round: { type: 'string', default: '1956' }, stdout: { type: 'boolean', default: false } }, false);
const rounds = scenarioFiles().map((f) => basename(f, '.yaml'));
if (!rounds.includes(values.round)) c.usage(`unknown round "${values.round}" (available: ${rounds.join(', ')})`);

const diagram = roundDiagram(loadRound(values.round));
if (values.stdout) process.stdout.write(diagram);
else {
  const file = join(ROOT, 'docs', 'teacher-guide.md');
  const guide = readFileSync(file, 'utf8');
  const start = '<!-- machine:start -->';
  const end = '<!-- machine:end -->';
  const block = `${start}\n_Round ${values.round}, drawn by \`npm run machine -- --round ${values.round}\` from the machine the game runs._\n\n\`\`\`mermaid\n${diagram}\`\`\`\n${end}`;
  const from = guide.indexOf(start);
  const to = guide.indexOf(end);
  if (from < 0 || to < from) c.usage(`${file} has no "${start}" … "${end}" markers to write between`);
  writeFileSync(file, `${guide.slice(0, from)}${block}${guide.slice(to + end.length)}`);
  console.log(`wrote round ${values.round}'s statechart (${diagram.split('\n').length - 1} lines of Mermaid) into docs/teacher-guide.md`);
}
