// The English catalog: the source every other language is typed against. Each area is its own file (and
// may split further inside), so changes to one area never touch another's file.
import { enAlerts } from './alerts.ts';
import { enChrome } from './chrome.ts';
import { enCluster } from './cluster.ts';
import { enHandlers } from './handlers.ts';
import { enHelp } from './help.ts';
import { enImpact } from './impact.ts';
import { enProblems } from './problems.ts';
import { enSubmit } from './submit.ts';
import { enWarnings } from './warnings.ts';

export const en = {
  ...enProblems,
  ...enWarnings,
  ...enHelp,
  ...enChrome,
  ...enSubmit,
  ...enImpact,
  ...enHandlers,
  ...enAlerts,
  ...enCluster,
};

/** Every catalog key. */
export type MessageKey = keyof typeof en;
