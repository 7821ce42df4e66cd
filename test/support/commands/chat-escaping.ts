/**
 * What Slack and Teams do to a pasted command, applied to test input: used to prove that escaped
 * deliveries parse exactly like the raw text.
 */

/** Smart quotes alternate open/close like macOS/Slack autocorrect; `--` at a word start becomes an em dash. */
function typographic(text: string): string {
  let open = true;
  return text
    .replace(/"/g, () => {
      const quote = open ? '“' : '”';
      open = !open;
      return quote;
    })
    .replace(/(^|[\s“=])--(?=[a-z])/g, '$1—');
}

/** Slack: `&`, `<`, `>` escaped, URLs wrapped as `<url|url>` or `<url>`, plus a leading bot mention. */
export function slackEscape(text: string): string {
  const escaped = typographic(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  let toggle = false;
  const linked = escaped.replace(/https:\/\/[^\s&]+/g, (url) => {
    toggle = !toggle;
    return toggle ? `<${url}|${url}>` : `<${url}>`;
  });
  return `<@U0FLUXOPS> ${linked}`;
}

/** Teams: HTML paragraphs per line, entities, `&nbsp;` for some spaces, links as anchors, an `<at>` mention. */
export function teamsHtml(text: string): string {
  const lines = text.split('\n').map((line) => {
    const escaped = line
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/ {2}/g, ' &nbsp;');
    return escaped.replace(/https:\/\/[^\s&]+/g, (url) => `<a href="${url}" title="${url}">${url}</a>`);
  });
  return `<p><at>fluxops</at> ${lines.join('</p><p>')}</p>`;
}
