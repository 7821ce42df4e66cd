import type { enProblemsExtension } from '../en/problems-extension.ts';
import type { ProseTranslation } from '../translation.ts';

/** Français : extension, settings, short-form and bot problems (see en/problems-extension.ts). */
export const frProblemsExtension: ProseTranslation<typeof enProblemsExtension> = {
  'problem.extension.type-unsupported.message': "Le type d'extension '{value}' n'est pas géré par fluxops.",
  'problem.extension.type-unsupported.accepted': '--extension-type microsoft.flux.',
  'problem.extension.namespace-scope.message': 'microsoft.flux ne peut pas être installé avec l’étendue namespace.',
  'problem.extension.namespace-scope.accepted': '--scope cluster (valeur par défaut), publié dans flux-system.',
  'problem.extension.release-namespace.message':
    "microsoft.flux s'installe toujours dans flux-system, pas dans '{value}'.",
  'problem.extension.release-namespace.accepted': '--release-namespace flux-system, ou rien.',
  'problem.extension.target-namespace.message':
    "Quand --scope vaut 'cluster', --target-namespace ne doit pas être donné.",
  'problem.extension.target-namespace.accepted': 'Pas de --target-namespace pour microsoft.flux.',
  'problem.extension.version-needs-no-auto-upgrade.message':
    "Pour épingler une version précise, auto-upgrade-minor-version doit valoir 'false'.",
  'problem.extension.version-needs-no-auto-upgrade.accepted':
    '--version X.Y.Z avec --auto-upgrade-minor-version false.',
  'problem.config.bad-pair.message':
    "'{value}' n'est pas une paire CLÉ=VALEUR (utilisation : {flag} configuration_setting_key=configuration_setting_value).",
  'problem.config.bad-pair.accepted': '{flag} suivi d’une ou plusieurs paires CLÉ=VALEUR.',
  'problem.config.unknown-key.message': "Paramètre microsoft.flux inconnu '{key}'.",
  'problem.config.unknown-key.accepted':
    'Un paramètre microsoft.flux documenté (voir `help extension`), par ex. {examples}.',
  'problem.config.repeated-key.message': "Le paramètre '{key}' est donné plusieurs fois.",
  'problem.config.repeated-key.accepted': 'Chaque paramètre une fois par commande.',
  'problem.config.invalid-level.message': "Niveau de journalisation {key}='{value}' non valide.",
  'problem.config.invalid-level.accepted': 'Pour {controller} : {levels}.',
  'problem.config.invalid-boolean.message': "Valeur {key}='{value}' non valide : true ou false attendu.",
  'problem.config.invalid-boolean.accepted': 'true ou false.',
  'problem.config.invalid-memory.message': "Quantité de mémoire {key}='{value}' non valide.",
  'problem.config.invalid-memory.accepted':
    'Une quantité de mémoire Kubernetes : un nombre avec un suffixe facultatif Ki, Mi, Gi, Ti, K, M, G ou T.',
  'problem.config.invalid-cpu.message': "Quantité de processeur {key}='{value}' non valide.",
  'problem.config.invalid-cpu.accepted':
    'Une quantité de processeur Kubernetes : des millicœurs comme 2000m, ou des cœurs comme 2 ou 0.5.',
  'problem.config.invalid-percent.message': "Pourcentage {key}='{value}' non valide.",
  'problem.config.invalid-percent.accepted': 'Un nombre entier de 1 à 100.',
  'problem.config.invalid-count.message': "Nombre {key}='{value}' non valide.",
  'problem.config.invalid-count.accepted': 'Un nombre entier de 1 à 1000.',
  'problem.config.invalid-duration.message': "Durée {key}='{value}' non valide.",
  'problem.config.invalid-duration.accepted': 'Une durée Go comme 500ms, 50s, 1m30s.',
  'problem.config.empty-value.message': "Le paramètre '{key}' a une valeur vide.",
  'problem.config.empty-value.accepted': 'Une valeur non vide.',
  'problem.short.unknown-controller.message': "Contrôleur inconnu '{value}' pour `{command}`.",
  'problem.short.unknown-controller.accepted': 'L’un de : {accepted}.',
  'problem.short.bad-setting.message': "'{value}' n'est pas un paramètre que `{command}` comprend.",
  'problem.short.bad-setting.accepted': '{accepted}',
  'problem.short.missing-argument.message': '`{command}` a besoin de {what}.',
  'problem.short.missing-argument.accepted': '{accepted}',
  'problem.alerts.bad-regex.message': "--exclude '{value}' n'est pas une expression régulière valide ({reason}).",
  'problem.alerts.bad-regex.accepted':
    'Une expression régulière de 256 caractères au plus en syntaxe RE2 (sans références arrière ni assertions), comparée à "<kind>/<namespace>/<name>".',
  'problem.alerts.cluster-twice.message': '`alerts subscribe` a reçu le cluster deux fois : --cluster et {flags}.',
  'problem.alerts.cluster-twice.accepted':
    'Soit -g/-c/-t (comme toute commande), soit --cluster avec un nom ou un alias.',
  'problem.alerts.mute-target.message': "'{value}' n'est pas une référence d'objet.",
  'problem.alerts.mute-target.accepted': '<kind>/<name>, par ex. kustomization/apps.',
  'problem.use.incomplete.message':
    '`use` a besoin du groupe de ressources, du nom et du type du cluster (il manque {missing}).',
  'problem.use.incomplete.accepted':
    'use -g RESOURCE_GROUP -c CLUSTER -t CLUSTER_TYPE [--subscription ID] [--alias NAME].',
  'problem.use.lang.message': "fluxops n'écrit pas en '{value}'.",
  'problem.use.lang.accepted': '--lang suivi de l’une de {accepted}.',
  'problem.help.unknown-topic.message': "Il n'y a pas de rubrique d'aide '{value}'.",
  'problem.help.unknown-topic.accepted': 'L’une de : {accepted}.',
  'problem.access.bad-scope.message':
    "--scope '{value}' n'est l'ID ARM ni d'un abonnement, ni d'un groupe de ressources, ni d'un cluster.",
  'problem.access.bad-scope.accepted':
    '/subscriptions/SUBSCRIPTION_ID, éventuellement suivi de /resourceGroups/GROUP puis de /providers/NAMESPACE/TYPE/CLUSTER.',
};
