import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { writeZip } from './teams-zip.ts';

// `npm run manifest:teams`: writes build/teams/fluxops-teams.zip, the app package to upload in Teams
// (Apps → Manage your apps → Upload an app). It holds exactly manifest.json, the two icons and the ja and fr
// localization files manifest.json names in localizationInfo.
// MicrosoftAppId (the Azure Bot's app id) replaces the placeholder id; FLUXOPS_PUBLIC_URL's host
// replaces the example domain in validDomains and the developer URLs.

export const PLACEHOLDER_ID = '00000000-0000-0000-0000-0000000f1c0b';
const PLACEHOLDER_HOST = 'fluxops.example.com';
const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;

export function buildManifest(template: string, env: Record<string, string | undefined>): string {
  const botId = env.MicrosoftAppId?.trim();
  if (!botId || !GUID.test(botId)) {
    throw new Error(
      'MicrosoftAppId must be the Azure Bot app id (a GUID), e.g. MicrosoftAppId=11111111-2222-3333-4444-555555555555',
    );
  }
  let text = template.split(PLACEHOLDER_ID).join(botId.toLowerCase());
  if (env.FLUXOPS_PUBLIC_URL) text = text.split(PLACEHOLDER_HOST).join(new URL(env.FLUXOPS_PUBLIC_URL).host);
  return `${JSON.stringify(JSON.parse(text), null, 2)}\n`;
}

export function buildPackage(
  env: Record<string, string | undefined>,
  dir = new URL('../manifest/teams/', import.meta.url),
) {
  const manifest = buildManifest(readFileSync(new URL('manifest.json', dir), 'utf8'), env);
  return writeZip([
    { name: 'manifest.json', data: Buffer.from(manifest, 'utf8') },
    { name: 'color.png', data: readFileSync(new URL('color.png', dir)) },
    { name: 'outline.png', data: readFileSync(new URL('outline.png', dir)) },
    { name: 'ja.json', data: readFileSync(new URL('ja.json', dir)) },
    { name: 'fr.json', data: readFileSync(new URL('fr.json', dir)) },
  ]);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const out = new URL('../build/teams/', import.meta.url);
    mkdirSync(out, { recursive: true });
    const zip = new URL('fluxops-teams.zip', out);
    writeFileSync(zip, buildPackage(process.env));
    console.log(`wrote ${fileURLToPath(zip)} — upload it in Teams: Apps → Manage your apps → Upload an app`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
