import type { enHelpTopics } from '../en/help-topics.ts';
import type { ProseTranslation } from '../translation.ts';

/** Français : per-command help (see en/help-topics.ts); usage lines and examples are commands and stay English. */
const TARGET =
  '-g/--resource-group, -c/--cluster-name, -t/--cluster-type (par défaut : le contexte `use` du canal), --cluster-rp, --subscription';
/** `--namespace` of the commands that name a Flux object (reconcile, suspend, resume). */
const NAMESPACE =
  '--namespace/--ns NS (ou NAMESPACE/NAME comme nom) : seul cet espace de noms est consulté ; nécessaire quand le nom existe dans plusieurs. Pas de -n : dans az, -n est --name.';
const EVENTS_NAMESPACE =
  '--namespace/--ns NS (ou NAMESPACE/NAME comme nom) : seulement les événements des objets de cet espace de noms. Pas de -n : dans az, -n est --name.';

export const frHelpTopics: ProseTranslation<typeof enHelpTopics> = {
  'help.topic.create.summary': 'Crée une configuration Flux (fluxConfigurations PUT).',
  'help.topic.create.flags': [
    TARGET,
    '-n/--name (obligatoire), -s/--scope cluster|namespace [cluster], --namespace/--ns [default]',
    '--kind git|bucket|azblob [git], -u/--url (obligatoire), --timeout [10m], --interval/--sync-interval [10m]',
    'git : --branch/--tag/--semver/--commit (exactement un), --https-user + --https-key, --ssh-private-key (base64), --known-hosts (base64), --https-ca-cert (base64), --local-auth-ref',
    'bucket : --bucket-name, --bucket-access-key + --bucket-secret-key ou --local-auth-ref, --bucket-insecure [false]',
    'azblob : --container-name, principal de service (--sp-client-id --sp-tenant-id --sp-client-secret|--sp-client-cert [--sp-cert-password] [--sp-cert-send-chain]) | --account-key | --sas-token | --mi-client-id | --local-auth-ref',
    '-k/--kustomization name=… path=… prune=true|false force=… dependsOn=["a","b"] sync_interval=… retry_interval=… timeout=… disable_health_check=… (répétable ; sans → kustomization-1)',
    '--suspend [false], --no-wait',
  ].join('\n'),
  'help.topic.update.summary':
    'Modifie une configuration Flux (fluxConfigurations PATCH) ; seuls les champs donnés sont envoyés.',
  'help.topic.update.flags': `${TARGET}\nLes indicateurs de \`help create\` sauf --scope/--namespace. Changer l’url, la référence ou le kind, suspendre, ou prune=false demande une confirmation.`,
  'help.topic.show.summary': 'Affiche une configuration Flux avec son état de conformité.',
  'help.topic.show.flags': TARGET,
  'help.topic.list.summary': 'Liste les configurations Flux du cluster.',
  'help.topic.list.flags': TARGET,
  'help.topic.delete.summary': 'Supprime une configuration Flux (et, avec prune, ce qu’elle a déployé).',
  'help.topic.delete.flags': `${TARGET}\n--force [false] (forceDelete), --yes (accepté comme dans az ; fluxops demande tout de même une confirmation sauf si un administrateur a défini \`access policy confirm=allow-yes\` dans le canal), --no-wait`,
  'help.topic.kustomization.summary':
    'Ajoute, modifie, retire, liste ou affiche une kustomization d’une configuration.',
  'help.topic.kustomization.flags': `${TARGET}\n-n/--name CONFIG, -k/--kustomization-name NAME, --path [""], --depends-on/--dependencies/--depends, --timeout, --interval/--sync-interval, --retry-interval, --prune, --force, --disable-health-check, --yes, --no-wait`,
  'help.topic.deployed-object.summary': 'Liste ou affiche les objets déployés par une configuration.',
  'help.topic.deployed-object.flags': TARGET,
  'help.topic.extension.summary': 'L’extension de cluster microsoft.flux (nommée `flux` sauf avec -n).',
  'help.topic.extension.flags': [
    TARGET,
    '--extension-type microsoft.flux, --scope cluster, --release-namespace flux-system (fixes pour Flux)',
    '--auto-upgrade-minor-version/--auto-upgrade [true], --version (nécessite auto-upgrade false), --release-train [Stable]',
    '--config K=V … (par ex. helm-controller.detectDrift=true, <controller>.log-level=debug|info|error, <controller>.resources.limits.memory=2Gi, kustomize-controller.concurrent=6), --config-protected K=V … (secret)',
    'delete : --force, --yes',
  ].join('\n'),
  'help.topic.loglevel.summary': 'Définit les niveaux de journalisation des contrôleurs (mise à jour de l’extension).',
  'help.topic.loglevel.flags': `${TARGET}\nfluxconfig-agent et fluxconfig-controller n’acceptent que info|error.`,
  'help.topic.controllers.summary':
    'Active ou désactive des contrôleurs Flux (mise à jour de l’extension ; la désactivation demande une confirmation).',
  'help.topic.controllers.flags': `${TARGET}\nContrôleurs : source, kustomize, helm, notification, image-automation, image-reflector (-controller facultatif).`,
  'help.topic.drift.summary': 'Détection de dérive Helm activée ou non (helm-controller.detectDrift).',
  'help.topic.drift.flags': TARGET,
  'help.topic.oomwatch.summary': 'Surveillance du manque de mémoire Helm (helm-controller.outOfMemoryWatch.*).',
  'help.topic.oomwatch.flags': TARGET,
  'help.topic.resources.summary': 'Processeur/mémoire d’un contrôleur (<controller>.resources.*).',
  'help.topic.resources.flags': TARGET,
  'help.topic.scale.summary': 'Paramètres de concurrence de kustomize-controller.',
  'help.topic.scale.flags': TARGET,
  'help.topic.strict-substitution.summary': 'Substitution stricte après build de kustomize-controller.',
  'help.topic.strict-substitution.flags': TARGET,
  'help.topic.status.summary': 'Santé des configurations et des objets Flux du cluster.',
  'help.topic.status.flags': TARGET,
  'help.topic.reconcile.summary': 'Demande à Flux un rapprochement immédiat.',
  'help.topic.reconcile.flags': `${TARGET}\n${NAMESPACE}`,
  'help.topic.suspend.summary': 'Suspend un objet Flux (demande une confirmation).',
  'help.topic.suspend.flags': `${TARGET}\n${NAMESPACE}`,
  'help.topic.resume.summary': 'Reprend un objet Flux suspendu.',
  'help.topic.resume.flags': `${TARGET}\n${NAMESPACE}`,
  'help.topic.events.summary': 'Événements Flux récents, éventuellement pour un seul objet.',
  'help.topic.events.flags': `${TARGET}\n${EVENTS_NAMESPACE}`,
  'help.topic.logs.summary': 'Journaux d’un contrôleur Flux.',
  'help.topic.logs.flags': TARGET,
  'help.topic.use.summary': 'Définit le cluster par défaut de ce canal, ou la langue de ses alertes.',
  'help.topic.use.flags':
    '--cluster-rp découle du type sauf pour provisionedClusters (Microsoft.HybridContainerService). --lang définit la langue des alertes, rétablissements et résumés de ce canal (les réponses aux commandes suivent la langue de chaque lecteur ; par défaut FLUXOPS_DEFAULT_LOCALE).',
  'help.topic.context.summary': 'Affiche le cluster par défaut de ce canal.',
  'help.topic.context.flags': '(aucun)',
  'help.topic.jobs.summary': 'Tâches en cours ou récemment terminées dans ce canal.',
  'help.topic.jobs.flags': '(aucun)',
  'help.topic.audit.summary':
    'Qui a exécuté, confirmé ou s’est vu refuser quelle commande ici, et le rôle qui a décidé (secrets masqués).',
  'help.topic.audit.flags':
    '--user : les lignes d’un utilisateur ; --since : la dernière DURÉE (par ex. 2h, 30m) ; --denied : refus uniquement.',
  'help.topic.alerts.summary': 'Les alertes Flux dans ce canal.',
  'help.topic.alerts.flags': '--severity [error] ; durées comme 30m, 2h.',
  'help.topic.access.summary': 'Qui peut faire quoi : rôles par utilisateur ou par canal (viewer, operator, admin).',
  'help.topic.access.flags':
    '@ID est l’identifiant affiché par `access whoami` (Slack U…, identifiant d’objet AAD pour Teams, nom pour la console) ou un identifiant complet comme slack:T024BE7LD/U012AB3CD ; --channel lie tout le monde dans ce canal.',
  'help.topic.help.summary': 'Cette aide.',
  'help.topic.help.flags': '(aucun)',
};
