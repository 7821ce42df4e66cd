/**
 * Canonical display words of fluxops-only commands (status, reconcile, use, alerts, help, …).
 */
import type { CommandDraft } from '../grammar/build-types.ts';
import { formatFluxDuration } from '../validate/duration.ts';
import { type DisplayWord, opt, switches, targetWords } from './display-words.ts';

export function botDisplayWords(draft: CommandDraft): DisplayWord[] | undefined {
  const target = targetWords(draft.target);
  switch (draft.kind) {
    case 'status':
      return ['status', ...(draft.name ? [draft.name] : []), ...target];
    case 'reconcile':
      return [
        'reconcile',
        draft.name,
        ...opt('--kind', draft.objectKind),
        ...(draft.withSource ? ['--with-source'] : []),
        ...target,
      ];
    case 'suspend':
    case 'resume':
      return [draft.kind, draft.name, ...opt('--kind', draft.objectKind), ...target, ...switches(draft.yes, false)];
    case 'events':
      return ['events', ...(draft.name ? [draft.name] : []), ...target];
    case 'logs':
      return [
        'logs',
        draft.controller,
        ...opt('--tail', draft.tail),
        ...(draft.previous ? ['--previous'] : []),
        ...target,
      ];
    case 'use': {
      const c = draft.context;
      return ['use', ...targetWords(c), ...opt('--alias', c.alias)];
    }
    case 'context':
    case 'jobs':
    case 'audit':
      return [draft.kind];
    case 'help':
      return ['help', ...(draft.topic ? [draft.topic] : [])];
    case 'alerts.subscribe':
      return [
        'alerts',
        'subscribe',
        ...opt('--cluster', draft.cluster),
        '--severity',
        draft.severity,
        ...(draft.kinds.length > 0 ? ['--kinds', ...draft.kinds] : []),
        ...(draft.namespaces.length > 0 ? ['--namespaces', ...draft.namespaces] : []),
        ...opt('--exclude', draft.exclude),
      ];
    case 'alerts.list':
      return ['alerts', 'list'];
    case 'alerts.unsubscribe':
      return ['alerts', 'unsubscribe', draft.subscriptionId];
    case 'alerts.mute':
      return ['alerts', 'mute', `${draft.objectKind}/${draft.objectName}`, formatFluxDuration(draft.durationSeconds)];
    case 'alerts.setup':
      return ['alerts', 'setup', ...opt('--cluster', draft.cluster), ...target];
    default:
      return undefined;
  }
}
