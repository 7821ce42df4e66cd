// The French catalog, area by area. Every area is typed against its English file (Translation<…>), so a key
// missing here is a compile error; an area spread from English below is not translated yet and says so.
import { enHelp } from '../en/help.ts';
import type { MessageKey } from '../en/index.ts';
import { enProblems } from '../en/problems.ts';
import { frAlerts } from './alerts.ts';
import { frChrome } from './chrome.ts';
import { frCluster } from './cluster.ts';
import { frHandlers } from './handlers.ts';
import { frImpact } from './impact.ts';
import { frSubmit } from './submit.ts';
import { frWarnings } from './warnings.ts';

export const fr: Record<MessageKey, string> = {
  // Not translated yet: problems and help are still English here.
  ...enProblems,
  ...enHelp,
  ...frWarnings,
  ...frChrome,
  ...frSubmit,
  ...frImpact,
  ...frHandlers,
  ...frAlerts,
  ...frCluster,
};
