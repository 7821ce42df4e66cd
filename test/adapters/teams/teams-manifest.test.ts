import { readFileSync } from 'node:fs';
import { inflateRawSync, inflateSync } from 'node:zlib';
import { ManifestUtil } from '@microsoft/app-manifest';
import { describe, expect, it } from 'vitest';
import { buildManifest, buildPackage, PLACEHOLDER_ID } from '../../../scripts/teams-manifest-zip.ts';

/**
 * The Teams app package: manifest.json validated offline against the schema shipped in Microsoft's
 * @microsoft/app-manifest (the $schema URL is never fetched), the icons' sizes and transparency,
 * and the zip `npm run manifest:teams` writes.
 */

const dir = new URL('../../../manifest/teams/', import.meta.url);
const template = readFileSync(new URL('manifest.json', dir), 'utf8');
const botId = '11111111-2222-3333-4444-555555555555';

function schemaFor(manifest: { manifestVersion: string }) {
  const file = new URL(
    `../../../node_modules/@microsoft/app-manifest/build/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`,
    import.meta.url,
  );
  return JSON.parse(readFileSync(file, 'utf8'));
}

async function validate(manifest: { manifestVersion: string }): Promise<string[]> {
  // biome-ignore lint/suspicious/noExplicitAny: the package types the schema per manifest generic
  return ManifestUtil.validateManifestAgainstSchema(manifest as any, schemaFor(manifest));
}

/** Reads the entries of a zip from its central directory (enough for our own writer's output). */
function unzip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    out.set(name, inflateRawSync(zip.subarray(dataStart, dataStart + size)));
    at += 46 + nameLength + extra;
  }
  return out;
}

function pngInfo(png: Buffer) {
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), colourType: png.readUInt8(25) };
}

describe('Teams app manifest', () => {
  it('validates against the v1.2x schema shipped in @microsoft/app-manifest', async () => {
    const manifest = JSON.parse(template);
    expect(manifest.manifestVersion).toMatch(/^1\.2\d$/);
    expect(await validate(manifest)).toEqual([]);
    expect(await validate(JSON.parse(buildManifest(template, { MicrosoftAppId: botId })))).toEqual([]);
  });

  it('catches a broken manifest (the validation really runs)', async () => {
    const manifest = JSON.parse(template);
    manifest.bots[0].scopes = ['everywhere'];
    delete manifest.icons;
    const problems = await validate(manifest);
    expect(problems.join('\n')).toMatch(/icons/);
    expect(problems.length).toBeGreaterThanOrEqual(2);
  });

  it('has command lists with hints for personal, team and group chat', () => {
    const manifest = JSON.parse(template);
    const lists = manifest.bots[0].commandLists as {
      scopes: string[];
      commands: { title: string; description: string }[];
    }[];
    expect(lists.flatMap((l) => l.scopes).sort()).toEqual(['groupChat', 'personal', 'team']);
    for (const list of lists) {
      expect(list.commands.map((c) => c.title)).toEqual(expect.arrayContaining(['help', 'list', 'delete']));
      for (const command of list.commands) expect(command.description.length).toBeGreaterThan(10);
    }
    expect(manifest.validDomains.length).toBeGreaterThan(0);
  });

  it('ships a 192×192 colour icon and a 32×32 white-on-transparent outline icon', () => {
    expect(pngInfo(readFileSync(new URL('color.png', dir)))).toEqual({ width: 192, height: 192, colourType: 6 });
    const outline = readFileSync(new URL('outline.png', dir));
    expect(pngInfo(outline)).toEqual({ width: 32, height: 32, colourType: 6 });
    // Our encoder writes one IDAT with filter 0 rows: every pixel is white or fully transparent.
    const idat = outline.indexOf('IDAT');
    const raw = inflateSync(outline.subarray(idat + 4, idat + 4 + outline.readUInt32BE(idat - 4)));
    let white = 0;
    for (let y = 0; y < 32; y++) {
      for (let x = 0; x < 32; x++) {
        const [r, g, b, a] = raw.subarray(y * 129 + 1 + x * 4, y * 129 + 5 + x * 4);
        if (a === 0) continue;
        expect([r, g, b, a]).toEqual([255, 255, 255, 255]);
        white += 1;
      }
    }
    expect(white).toBeGreaterThan(20);
  });

  it('carries ja and fr localization files valid against the Localization schema, covering every command', async () => {
    const manifest = JSON.parse(template);
    expect(manifest.localizationInfo.additionalLanguages).toEqual([
      { languageTag: 'ja-jp', file: 'ja.json' },
      { languageTag: 'fr-fr', file: 'fr.json' },
    ]);
    const schemaFile = new URL(
      `../../../node_modules/@microsoft/app-manifest/build/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.Localization.schema.json`,
      import.meta.url,
    );
    const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
    const commandKeys = (manifest.bots[0].commandLists as { commands: unknown[] }[]).flatMap((list, l) =>
      list.commands.map((_, c) => `bots[0].commandLists[${l}].commands[${c}].description`),
    );
    for (const file of ['ja.json', 'fr.json']) {
      const strings = JSON.parse(readFileSync(new URL(file, dir), 'utf8'));
      // The Localization schema's patterns do not compile as Unicode regexes (ajv refuses them), so its rules
      // are checked here: required keys, known keys or key patterns, and each key's maxLength.
      for (const key of schema.required) expect(strings[key], `${file} ${key}`).toEqual(expect.any(String));
      for (const [key, value] of Object.entries(strings)) {
        if (key === '$schema') continue;
        const rule =
          schema.properties[key] ??
          Object.entries(schema.patternProperties as Record<string, { maxLength?: number }>).find(([pattern]) =>
            new RegExp(pattern).test(key),
          )?.[1];
        expect(rule, `${file}: ${key} is not a localizable key`).toBeDefined();
        expect((value as string).length, `${file}: ${key}`).toBeLessThanOrEqual(rule?.maxLength ?? Infinity);
      }
      expect(
        Object.keys(strings)
          .filter((key) => key.startsWith('bots['))
          .sort(),
      ).toEqual([...commandKeys].sort());
      // Command words stay as typed: each translated description keeps the command's own syntax.
      expect(strings['description.short']).not.toBe(manifest.description.short);
    }
  });

  it('zips exactly the manifest (with the bot id), both icons and the ja and fr localizations', () => {
    const entries = unzip(buildPackage({ MicrosoftAppId: botId, FLUXOPS_PUBLIC_URL: 'https://ops.contoso.com' }));
    expect([...entries.keys()].sort()).toEqual(['color.png', 'fr.json', 'ja.json', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8'));
    expect(manifest.id).toBe(botId);
    expect(manifest.bots[0].botId).toBe(botId);
    expect(JSON.stringify(manifest)).not.toContain(PLACEHOLDER_ID);
    expect(manifest.validDomains).toContain('ops.contoso.com');
    expect(entries.get('color.png')!.equals(readFileSync(new URL('color.png', dir)))).toBe(true);
  });

  it('refuses to build without a GUID app id', () => {
    expect(() => buildManifest(template, {})).toThrow(/MicrosoftAppId/);
    expect(() => buildManifest(template, { MicrosoftAppId: 'fluxops' })).toThrow(/GUID/);
  });
});
