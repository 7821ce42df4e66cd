import { describe, expect, it } from 'vitest';
import { warning } from '../../src/commands/command-warning.ts';
import type { Reply } from '../../src/replies/reply.ts';
import { withWarnings } from '../../src/replies/with-warnings.ts';

const reply: Reply = { title: 'flux list', status: 'queued', text: 'Queued.' };
const ignored = warning('warning.ignored-flag', { flag: '--output' });

describe('withWarnings', () => {
  it('puts one ⚠ line per warning above the text, in the reader’s language', () => {
    expect(withWarnings(reply, [ignored], 'en').text).toBe(
      '⚠ --output only changes how the az CLI prints; fluxops ignores it.\nQueued.',
    );
    expect(withWarnings(reply, [ignored], 'fr').text).toBe(
      '⚠ --output ne change que l’affichage de l’interface az ; fluxops l’ignore.\nQueued.',
    );
    expect(withWarnings(reply, [ignored, warning('warning.assumed-git')], 'ja').text?.split('\n')).toEqual([
      '⚠ --output は az CLI の出力形式を変えるだけなので、fluxops は無視します。',
      '⚠ --kind が指定されていないため、Git ソースを使う構成とみなしました。そうでない場合は --kind bucket または --kind azblob を追加してください。',
      'Queued.',
    ]);
  });

  it('leaves a reply without warnings as it is, and gives a reply without text only the warnings', () => {
    expect(withWarnings(reply, [], 'en')).toBe(reply);
    expect(withWarnings(reply, undefined, 'en')).toBe(reply);
    expect(withWarnings({ title: 'x', status: 'running' }, [ignored], 'en').text).toBe(
      '⚠ --output only changes how the az CLI prints; fluxops ignores it.',
    );
  });

  it('shows the English text a job sealed before warnings were catalog keys carries', () => {
    expect(withWarnings(reply, ['an older warning'], 'ja').text).toBe('⚠ an older warning\nQueued.');
  });
});
