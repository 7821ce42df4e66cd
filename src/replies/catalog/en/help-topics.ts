/** English per-command help: `help.topic.<topic>.summary|usage|flags|example`. */
const TARGET =
  '-g/--resource-group, -c/--cluster-name, -t/--cluster-type (default: the channel’s `use` context), --cluster-rp, --subscription';
/** `--namespace` of the commands that name a Flux object (reconcile, suspend, resume). */
const NAMESPACE =
  '--namespace/--ns NS (or NAMESPACE/NAME as the name): only that namespace is looked at; needed when the name exists in several. No -n: in az, -n is --name.';
const EVENTS_NAMESPACE =
  '--namespace/--ns NS (or NAMESPACE/NAME as the name): only events of objects in that namespace. No -n: in az, -n is --name.';

export const enHelpTopics = {
  'help.topic.create.summary': 'Create a Flux configuration (fluxConfigurations PUT).',
  'help.topic.create.usage':
    '[az k8s-configuration] flux create -n NAME -u URL (--branch|--tag|--semver|--commit REF) [-k name=… …]',
  'help.topic.create.flags': [
    TARGET,
    '-n/--name (required), -s/--scope cluster|namespace [cluster], --namespace/--ns [default]',
    '--kind git|bucket|azblob [git], -u/--url (required), --timeout [10m], --interval/--sync-interval [10m]',
    'git: --branch/--tag/--semver/--commit (exactly one), --https-user + --https-key, --ssh-private-key (base64), --known-hosts (base64), --https-ca-cert (base64), --local-auth-ref',
    'bucket: --bucket-name, --bucket-access-key + --bucket-secret-key or --local-auth-ref, --bucket-insecure [false]',
    'azblob: --container-name, service principal (--sp-client-id --sp-tenant-id --sp-client-secret|--sp-client-cert [--sp-cert-password] [--sp-cert-send-chain]) | --account-key | --sas-token | --mi-client-id | --local-auth-ref',
    '-k/--kustomization name=… path=… prune=true|false force=… dependsOn=["a","b"] sync_interval=… retry_interval=… timeout=… disable_health_check=… (repeatable; none → kustomization-1)',
    '--suspend [false], --no-wait',
  ].join('\n'),
  'help.topic.create.example':
    'az k8s-configuration flux create -g flux-demo-rg -c flux-demo-arc -n cluster-config --namespace cluster-config -t connectedClusters --scope cluster -u https://github.com/Azure/gitops-flux2-kustomize-helm-mt --branch main --kustomization name=infra path=./infrastructure prune=true --kustomization name=apps path=./apps/staging prune=true dependsOn=["infra"]',

  'help.topic.update.summary':
    'Change a Flux configuration (fluxConfigurations PATCH); only the given fields are sent.',
  'help.topic.update.usage':
    '[az k8s-configuration] flux update -n NAME [source flags] [--suspend true|false] [-k name=… …] [--yes]',
  'help.topic.update.flags': `${TARGET}\nThe flags of \`help create\` except --scope/--namespace. Changing the URL, ref or kind, suspending, or prune=false needs confirmation.`,
  'help.topic.update.example': 'flux update cluster-config --branch release-2',

  'help.topic.show.summary': 'Show a Flux configuration with its compliance state.',
  'help.topic.show.usage': '[az k8s-configuration] flux show -n NAME  (or: show NAME)',
  'help.topic.show.flags': TARGET,
  'help.topic.show.example':
    'az k8s-configuration flux show -g flux-demo-rg -c flux-demo-arc -n cluster-config -t connectedClusters',

  'help.topic.list.summary': 'List the Flux configurations of the cluster.',
  'help.topic.list.usage': '[az k8s-configuration] flux list',
  'help.topic.list.flags': TARGET,
  'help.topic.list.example': 'flux list',

  'help.topic.delete.summary': 'Delete a Flux configuration (and, with prune, what it deployed).',
  'help.topic.delete.usage': '[az k8s-configuration] flux delete -n NAME [--force] [--yes]',
  'help.topic.delete.flags': `${TARGET}\n--force [false] (forceDelete), --yes (accepted as in az; fluxops still asks for Confirm unless an admin set \`access policy confirm=allow-yes\` in the channel), --no-wait`,
  'help.topic.delete.example':
    'az k8s-configuration flux delete -g flux-demo-rg -c flux-demo-arc -n cluster-config -t connectedClusters --yes',

  'help.topic.kustomization.summary': 'Add, change, remove, list or show one kustomization of a configuration.',
  'help.topic.kustomization.usage':
    'flux kustomization create|update|delete|list|show -n CONFIG -k NAME [--path P] [--depends-on A,B] …',
  'help.topic.kustomization.flags': `${TARGET}\n-n/--name CONFIG, -k/--kustomization-name NAME, --path [""], --depends-on/--dependencies/--depends, --timeout, --interval/--sync-interval, --retry-interval, --prune, --force, --disable-health-check, --yes, --no-wait`,
  'help.topic.kustomization.example':
    'flux kustomization create -n cluster-config -k apps --path ./apps/staging --prune --depends-on infra',

  'help.topic.deployed-object.summary': 'List or show the objects a configuration deployed.',
  'help.topic.deployed-object.usage':
    'flux deployed-object list -n CONFIG | show -n CONFIG --object-name N --object-namespace NS --object-kind K',
  'help.topic.deployed-object.flags': TARGET,
  'help.topic.deployed-object.example':
    'flux deployed-object show -n cluster-config --object-name cluster-config-apps --object-namespace cluster-config --object-kind Kustomization',

  'help.topic.extension.summary': 'The microsoft.flux cluster extension (name `flux` unless -n is given).',
  'help.topic.extension.usage':
    '[az k8s-extension|extension] create|update|show|list|delete [-n flux] [--config K=V …]',
  'help.topic.extension.flags': [
    TARGET,
    '--extension-type microsoft.flux, --scope cluster, --release-namespace flux-system (fixed for Flux)',
    '--auto-upgrade-minor-version/--auto-upgrade [true], --version (needs auto-upgrade false), --release-train [Stable]',
    '--config K=V … (e.g. helm-controller.detectDrift=true, <controller>.log-level=debug|info|error, <controller>.resources.limits.memory=2Gi, kustomize-controller.concurrent=6), --config-protected K=V … (secret)',
    'delete: --force, --yes',
  ].join('\n'),
  'help.topic.extension.example':
    'az k8s-extension create -g flux-demo-rg -c flux-demo-arc -t connectedClusters --name flux --extension-type microsoft.flux --config image-automation-controller.enabled=true image-reflector-controller.enabled=true',

  'help.topic.loglevel.summary': 'Set controller log levels (extension update).',
  'help.topic.loglevel.usage': 'loglevel <controller>=<debug|info|error> …',
  'help.topic.loglevel.flags': `${TARGET}\nfluxconfig-agent and fluxconfig-controller accept info|error only.`,
  'help.topic.loglevel.example': 'loglevel source-controller=error kustomize-controller=error',

  'help.topic.controllers.summary': 'Turn Flux controllers on or off (extension update; off needs confirmation).',
  'help.topic.controllers.usage': 'controllers enable|disable <controller> …',
  'help.topic.controllers.flags': `${TARGET}\nControllers: source, kustomize, helm, notification, image-automation, image-reflector (-controller optional).`,
  'help.topic.controllers.example': 'controllers enable image-automation-controller image-reflector-controller',

  'help.topic.drift.summary': 'Helm drift detection on or off (helm-controller.detectDrift).',
  'help.topic.drift.usage': 'drift on|off',
  'help.topic.drift.flags': TARGET,
  'help.topic.drift.example': 'drift on',

  'help.topic.oomwatch.summary': 'Helm out-of-memory watch (helm-controller.outOfMemoryWatch.*).',
  'help.topic.oomwatch.usage': 'oomwatch on [threshold=PERCENT (95)] [interval=DURATION (500ms)] | off',
  'help.topic.oomwatch.flags': TARGET,
  'help.topic.oomwatch.example': 'oomwatch on threshold=70 interval=700ms',

  'help.topic.resources.summary': 'CPU/memory of a controller (<controller>.resources.*).',
  'help.topic.resources.usage': 'resources <controller> limits.memory=Q limits.cpu=Q requests.memory=Q',
  'help.topic.resources.flags': TARGET,
  'help.topic.resources.example': 'resources source-controller limits.memory=2Gi requests.memory=300Mi',

  'help.topic.scale.summary': 'kustomize-controller concurrency settings.',
  'help.topic.scale.usage': 'scale kustomize concurrent=N requeue-dependency=DURATION [in-memory-build=true|false]',
  'help.topic.scale.flags': TARGET,
  'help.topic.scale.example': 'scale kustomize concurrent=6 requeue-dependency=50s',

  'help.topic.strict-substitution.summary': 'kustomize-controller strict post-build substitution.',
  'help.topic.strict-substitution.usage': 'strict-substitution on|off',
  'help.topic.strict-substitution.flags': TARGET,
  'help.topic.strict-substitution.example': 'strict-substitution on',

  'help.topic.status.summary': 'Health of the configurations and Flux objects of the cluster.',
  'help.topic.status.usage': 'status [NAME]',
  'help.topic.status.flags': TARGET,
  'help.topic.status.example': 'status cluster-config',

  'help.topic.reconcile.summary': 'Ask Flux to reconcile now.',
  'help.topic.reconcile.usage':
    'reconcile NAME|NAMESPACE/NAME [--namespace NS] [--kind kustomization|helmrelease|gitrepository|bucket|helmrepository|helmchart|ocirepository] [--with-source]',
  'help.topic.reconcile.flags': `${TARGET}\n${NAMESPACE}`,
  'help.topic.reconcile.example': 'reconcile cluster-config-apps --kind kustomization --with-source',

  'help.topic.suspend.summary': 'Suspend a Flux object (needs confirmation).',
  'help.topic.suspend.usage': 'suspend NAME|NAMESPACE/NAME [--namespace NS] [--kind K] [--yes]',
  'help.topic.suspend.flags': `${TARGET}\n${NAMESPACE}`,
  'help.topic.suspend.example': 'suspend cluster-config-apps',

  'help.topic.resume.summary': 'Resume a suspended Flux object.',
  'help.topic.resume.usage': 'resume NAME|NAMESPACE/NAME [--namespace NS] [--kind K]',
  'help.topic.resume.flags': `${TARGET}\n${NAMESPACE}`,
  'help.topic.resume.example': 'resume cluster-config-apps',

  'help.topic.events.summary': 'Recent Flux events, optionally for one object.',
  'help.topic.events.usage': 'events [NAME|NAMESPACE/NAME] [--namespace NS]',
  'help.topic.events.flags': `${TARGET}\n${EVENTS_NAMESPACE}`,
  'help.topic.events.example': 'events cluster-config-apps',

  'help.topic.logs.summary': 'Logs of a Flux controller.',
  'help.topic.logs.usage': 'logs <controller> [--tail N (1-1000)] [--previous]',
  'help.topic.logs.flags': TARGET,
  'help.topic.logs.example': 'logs helm-controller --tail 50',

  'help.topic.use.summary': 'Set this channel’s default cluster, or the language of its alerts.',
  'help.topic.use.usage':
    'use -g RG -c CLUSTER -t connectedClusters|managedClusters|provisionedClusters [--subscription ID] [--alias NAME] [--lang ja|fr|en] · use --lang ja|fr|en',
  'help.topic.use.flags':
    '--cluster-rp is implied by the type except for provisionedClusters (Microsoft.HybridContainerService). --lang sets the language of alerts, recoveries and digests in this channel (command replies follow each reader’s language; default FLUXOPS_DEFAULT_LOCALE).',
  'help.topic.use.example': 'use -g flux-demo-rg -c flux-demo-arc -t connectedClusters',

  'help.topic.context.summary': 'Show this channel’s default cluster.',
  'help.topic.context.usage': 'context',
  'help.topic.context.flags': '(none)',
  'help.topic.context.example': 'context',

  'help.topic.jobs.summary': 'Jobs running or recently finished in this channel.',
  'help.topic.jobs.usage': 'jobs',
  'help.topic.jobs.flags': '(none)',
  'help.topic.jobs.example': 'jobs',

  'help.topic.audit.summary':
    'Who ran, confirmed or was refused which command here, and the role that decided (secrets redacted).',
  'help.topic.audit.usage': 'audit [--user NAME] [--since DURATION] [--denied]',
  'help.topic.audit.flags':
    '--user: one user’s rows; --since: the last DURATION (e.g. 2h, 30m); --denied: refusals only.',
  'help.topic.audit.example': 'audit --since 2h --denied',

  'help.topic.alerts.summary': 'Flux alerts in this channel.',
  'help.topic.alerts.usage':
    'alerts subscribe [-g RG -c CLUSTER -t TYPE | --cluster C] [--severity error|info] [--kinds K …] [--namespaces NS …] [--exclude REGEX] | list | unsubscribe ID | mute <kind>/<name> <duration> | setup [--cluster C] [--rotate]',
  'help.topic.alerts.flags':
    '--severity [error]; durations like 30m, 2h. setup (admin) sends you alone the YAML with the webhook key; --rotate issues a new key, the old one stays valid for WEBHOOK_KEY_GRACE (24h).',
  'help.topic.alerts.example': 'alerts subscribe --severity error --kinds Kustomization HelmRelease',

  'help.topic.access.summary':
    'Who may do what: roles per user, Slack user group or channel (viewer, operator, admin), optionally per Azure scope.',
  'help.topic.access.usage':
    'access grant viewer|operator|admin @ID|@group|--channel [--scope ARM-ID] | revoke @ID|@group|--channel [--scope ARM-ID] | list | whoami | policy confirm=always|allow-yes',
  'help.topic.access.flags':
    '@ID is the user id `access whoami` prints (Slack U…, Teams AAD object id, console name) or a full id like slack:T024BE7LD/U012AB3CD; @group is a Slack user group mention; --channel binds everyone in this channel; --scope /subscriptions/S[/resourceGroups/RG[/providers/NS/TYPE/CLUSTER]] limits the binding to clusters within that ARM id.',
  'help.topic.access.example': 'access grant operator @U012AB3CD',

  'help.topic.help.summary': 'This help.',
  'help.topic.help.usage': 'help [topic]',
  'help.topic.help.flags': '(none)',
  'help.topic.help.example': 'help create',
} satisfies Record<string, string>;
