/**
 * What chat clients deliver → what the user typed.
 */
import { describe, expect, it } from 'vitest';
import { normalizeChatText } from '../../src/commands/normalize-chat-text.ts';
import { parseOk } from '../support/commands/parse.ts';

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
    ['access grant operator <@U012AB3CD|bob>', 'access grant operator @U012AB3CD'],
    ['<@U0BOT> access grant viewer <!subteam^S0ONCALL|@oncall>', '  access grant viewer @subteam^S0ONCALL'],
    ['<p><at>fluxops</at>&nbsp;flux list</p>', '  flux list\n'],
    ['<p>a \\</p><p>b</p>', 'a \\\nb\n'],
    ['<div>x<br/>y</div>', 'x\ny\n'],
    ['<a href="https://github.com/x">https://github.com/x</a>', 'https://github.com/x'],
    ['-g <resource-group>', '-g <resource-group>'],
    ['a\u00a0b\u200bc\r\nd', 'a bc\nd'],
    ['\x01flux list', 'flux list'],
    ['flux\x00 show\x7f x\u0085y\u009b', 'flux show xy'],
    ['\x1b]0;title\x07flux list\x1b[2J', ']0;titleflux list[2J'],
    ['flux&#1; list&#27;', 'flux list'],
    ['tab\tand\nnewline', 'tab\tand\nnewline'],
    ['ｆｌｕｘ\u3000ｌｉｓｔ　－ｇ　ｒｇ', 'flux list -g rg'],
    ['-n cluster\u2013config -g flux\u2011demo\u2011rg', '-n cluster-config -g flux-demo-rg'],
    ['a \u2014 b', 'a \u2014 b'],
    ['show \u202eabc\u202c \u2066x\u2069', 'show abc x'],
    ['$ az k8s-configuration flux list', 'az k8s-configuration flux list'],
    ['flux list -g $RG', 'flux list -g $RG'],
  ])('%j', (raw, normalized) => {
    expect(normalizeChatText(raw)).toBe(normalized);
  });
});

describe('control characters in chat input', () => {
  it('reads `\\x01flux list` as `flux list`, not as an unknown command', () => {
    expect(parseOk('\x01flux list')).toMatchObject({ kind: 'flux.list' });
  });

  it('reads a command with C1 controls and DEL inside it', () => {
    expect(parseOk('flux\u0085 list\u007f')).toMatchObject({ kind: 'flux.list' });
  });
});
