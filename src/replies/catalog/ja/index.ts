// The Japanese catalog, area by area. Every area is typed against its English file (Translation<…>), so a key
// missing here is a compile error. Keys that hold commands (examples, usage lines) come from English.
import { enHelp } from '../en/help.ts';
import type { MessageKey } from '../en/index.ts';
import { jaAlerts } from './alerts.ts';
import { jaChrome } from './chrome.ts';
import { jaCluster } from './cluster.ts';
import { jaHandlers } from './handlers.ts';
import { jaHelp } from './help.ts';
import { jaImpact } from './impact.ts';
import { jaProblems } from './problems.ts';
import { jaSubmit } from './submit.ts';
import { jaWarnings } from './warnings.ts';

export const ja: Record<MessageKey, string> = {
  // Usage lines and examples are commands: they stay as English has them.
  ...enHelp,
  ...jaHelp,
  ...jaProblems,
  ...jaWarnings,
  ...jaChrome,
  ...jaSubmit,
  ...jaImpact,
  ...jaHandlers,
  ...jaAlerts,
  ...jaCluster,
};
