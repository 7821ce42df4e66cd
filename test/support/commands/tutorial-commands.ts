/**
 * The az commands of Microsoft's tutorial (Japanese and French editions), as recorded in
 * test/fixtures/tutorial/az-commands.json: every code-block command byte for byte, and the commands the
 * tutorial gives only inside a sentence.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

interface Edition {
  url: string;
  codeBlocks: string[];
  inProse: string[];
}

const FIXTURE = resolve(import.meta.dirname, '../../fixtures/tutorial/az-commands.json');

export const TUTORIAL = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { ja: Edition; fr: Edition };
