// The French catalog, area by area. Every area is typed against its English file (Translation<…>), so a key
// missing here is a compile error. Keys that hold commands (examples, usage lines) come from English.
import { enHelp } from '../en/help.ts';
import type { MessageKey } from '../en/index.ts';
import { frAlerts } from './alerts.ts';
import { frChrome } from './chrome.ts';
import { frCluster } from './cluster.ts';
import { frHandlers } from './handlers.ts';
import { frHelp } from './help.ts';
import { frImpact } from './impact.ts';
import { frProblems } from './problems.ts';
import { frSubmit } from './submit.ts';
import { frWarnings } from './warnings.ts';

export const fr: Record<MessageKey, string> = {
  // Usage lines and examples are commands: they stay as English has them.
  ...enHelp,
  ...frHelp,
  ...frProblems,
  ...frWarnings,
  ...frChrome,
  ...frSubmit,
  ...frImpact,
  ...frHandlers,
  ...frAlerts,
  ...frCluster,
};
