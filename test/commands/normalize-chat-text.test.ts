/**
 * What chat clients deliver → what the user typed.
 */
import { describe, expect, it } from 'vitest';
import { normalizeChatText } from '../../src/commands/normalize-chat-text.ts';

describe('normalizeChatText', () => {
  it.each([
    ['“quoted” ‘single’', '"quoted" \'single\''],
    ['—branch main –tag v1', '--branch main --tag v1'],
    ['--config a=“—ssh-hostkey-algos=x”', '--config a="--ssh-hostkey-algos=x"'],
    ['&lt;rg&gt; &amp;&amp; &quot;x&quot; &#39;y&#39; &amp;lt;', '<rg> && "x" \'y\' &lt;'],
    [
      '<@U123ABC> show <https://github.com/x|github.com/x> <https://y.example>',
      '  show github.com/x https://y.example',
    ],
    ['<!here> <#C01|ops> list', '  #ops list'],
    ['<p><at>fluxops</at>&nbsp;flux list</p>', '  flux list\n'],
    ['<p>a \\</p><p>b</p>', 'a \\\nb\n'],
    ['<div>x<br/>y</div>', 'x\ny\n'],
    ['<a href="https://github.com/x">https://github.com/x</a>', 'https://github.com/x'],
    ['-g <resource-group>', '-g <resource-group>'],
    ['a\u00a0b\u200bc\r\nd', 'a bc\nd'],
  ])('%j', (raw, normalized) => {
    expect(normalizeChatText(raw)).toBe(normalized);
  });
});
