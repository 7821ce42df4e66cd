/**
 * The az commands of the two seed tutorials (Japanese and French editions), read from the seed files:
 * code lines starting with `az k8s-`, joined over `\` continuations, byte for byte (prose lines that merely
 * mention a command are skipped: they contain non-ASCII text).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const SEED_FILES = {
  ja: resolve(import.meta.dirname, '../../../../shared/seeds/000_502042f9e8c04e60.txt'),
  fr: resolve(import.meta.dirname, '../../../../shared/seeds/001_9c8c7218dfa019b8.txt'),
};

export function seedText(edition: keyof typeof SEED_FILES): string {
  return readFileSync(SEED_FILES[edition], 'utf8');
}

export function seedCodeCommands(text: string): string[] {
  const lines = text.split('\n');
  const commands: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let command = lines[i] as string;
    if (!/^\s*az k8s-/.test(command) || /[^\x20-\x7e]/.test(command)) continue;
    while (/\\\s*$/.test(command) && i + 1 < lines.length) {
      i++;
      command += `\n${lines[i]}`;
    }
    commands.push(command);
  }
  return commands;
}
