// The Japanese catalog, area by area. Every area is typed against its English file (Translation<…>), so a key
// missing here is a compile error; an area spread from English below is not translated yet and says so.
import { enHelp } from '../en/help.ts';
import type { MessageKey } from '../en/index.ts';
import { enProblems } from '../en/problems.ts';
import { jaAlerts } from './alerts.ts';
import { jaChrome } from './chrome.ts';
import { jaCluster } from './cluster.ts';
import { jaHandlers } from './handlers.ts';
import { jaImpact } from './impact.ts';
import { jaSubmit } from './submit.ts';
import { jaWarnings } from './warnings.ts';

export const ja: Record<MessageKey, string> = {
  // Not translated yet: problems and help are still English here.
  ...enProblems,
  ...enHelp,
  ...jaWarnings,
  ...jaChrome,
  ...jaSubmit,
  ...jaImpact,
  ...jaHandlers,
  ...jaAlerts,
  ...jaCluster,
};
