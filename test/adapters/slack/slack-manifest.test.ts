import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import * as requirements from '../../../adapters/slack/slack-requirements.ts';
import {
  BOT_EVENTS,
  BOT_SCOPES,
  EVENTS_PATH,
  METHOD_SCOPES,
  SLASH_COMMAND,
} from '../../../adapters/slack/slack-requirements.ts';

/**
 * The app manifests parse as YAML and grant exactly what the code uses: the slash command it
 * listens to, a scope for every Web API method it calls, the events it subscribes to.
 */
const ROOT = join(import.meta.dirname, '../../..');

interface Manifest {
  features: { slash_commands: { command: string; url?: string; usage_hint?: string }[] };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions?: { request_url?: string; bot_events?: string[] };
    interactivity?: { is_enabled: boolean; request_url?: string };
    socket_mode_enabled?: boolean;
  };
}

function manifest(name: string): Manifest {
  return parse(readFileSync(join(ROOT, 'manifest/slack', name), 'utf8')) as Manifest;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Web API methods called in adapters/slack, read from the source (`client.chat.update(`…). */
function calledMethods(): string[] {
  const found = new Set<string>();
  for (const file of sourceFiles(join(ROOT, 'adapters/slack'))) {
    for (const match of readFileSync(file, 'utf8').matchAll(/client\.(\w+)\.(\w+)\(/g))
      found.add(`${match[1]}.${match[2]}`);
  }
  return [...found].sort();
}

/** Events registered with Bolt in adapters/slack (`app.event('app_uninstalled'`…). */
function registeredEvents(): string[] {
  const found = new Set<string>();
  for (const file of sourceFiles(join(ROOT, 'adapters/slack'))) {
    for (const match of readFileSync(file, 'utf8').matchAll(/app\.event\('([^']+)'/g)) found.add(match[1]!);
  }
  return [...found];
}

/**
 * Slash commands registered with Bolt in adapters/slack: `app.command('/x'` literals, and the constants of
 * slack-requirements.ts handed to registerFluxCommand (`registerFluxCommand(app, SLASH_COMMAND, deps)`), which
 * passes its name to `app.command`.
 */
function registeredCommands(): string[] {
  const constants: Record<string, unknown> = requirements;
  const found = new Set<string>();
  for (const file of sourceFiles(join(ROOT, 'adapters/slack'))) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/app\.command\('([^']+)'/g)) found.add(match[1]!);
    for (const match of source.matchAll(/registerFluxCommand\(\w+, (\w+)/g)) {
      const name = constants[match[1]!];
      if (typeof name !== 'string') throw new Error(`${file}: ${match[1]} is not a constant of slack-requirements.ts`);
      found.add(name);
    }
  }
  return [...found];
}

describe.each(['app-manifest.yaml', 'app-manifest.socket-mode.yaml'])('%s', (name) => {
  const m = manifest(name);

  it('declares the /flux command with a usage hint', () => {
    const commands = m.features.slash_commands.map((c) => c.command);
    expect(commands).toEqual([SLASH_COMMAND]);
    expect(m.features.slash_commands[0]?.usage_hint).toMatch(/list/);
    const registered = registeredCommands();
    expect(registered.length, 'slash commands found in adapters/slack').toBeGreaterThan(0);
    for (const command of registered) expect(commands).toContain(command);
  });

  it('grants a scope for every Web API method the code calls', () => {
    const methods = calledMethods();
    expect(methods.length, 'Web API methods found in adapters/slack').toBeGreaterThan(0);
    expect(methods).toContain('chat.postMessage');
    for (const method of methods) {
      expect(Object.keys(METHOD_SCOPES), `scope table lacks ${method}`).toContain(method);
      const scope = METHOD_SCOPES[method];
      if (scope) expect(m.oauth_config.scopes.bot).toContain(scope);
    }
    expect([...m.oauth_config.scopes.bot].sort()).toEqual([...BOT_SCOPES].sort());
  });

  it('subscribes to the events the code listens to, and only those', () => {
    expect([...(m.settings.event_subscriptions?.bot_events ?? [])].sort()).toEqual([...BOT_EVENTS].sort());
    expect(BOT_EVENTS.length).toBeGreaterThan(0);
    expect(registeredEvents().sort()).toEqual([...BOT_EVENTS].sort());
    expect(m.settings.interactivity?.is_enabled).toBe(true);
  });
});

describe('HTTP and Socket Mode variants', () => {
  it('HTTP mode points the command, interactivity and events at /slack/events', () => {
    const m = manifest('app-manifest.yaml');
    expect(m.settings.socket_mode_enabled).toBe(false);
    for (const url of [
      m.features.slash_commands[0]?.url,
      m.settings.interactivity?.request_url,
      m.settings.event_subscriptions?.request_url,
    ]) {
      expect(new URL(url ?? '').pathname).toBe(EVENTS_PATH);
    }
  });

  it('Socket Mode needs no URL at all', () => {
    const m = manifest('app-manifest.socket-mode.yaml');
    expect(m.settings.socket_mode_enabled).toBe(true);
    expect(m.features.slash_commands[0]?.url).toBeUndefined();
    expect(m.settings.interactivity?.request_url).toBeUndefined();
    expect(m.settings.event_subscriptions?.request_url).toBeUndefined();
  });
});
