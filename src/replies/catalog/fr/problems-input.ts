import type { enProblemsInput } from '../en/problems-input.ts';
import type { ProseTranslation } from '../translation.ts';

/** Français : problems with the shape of the input (see en/problems-input.ts; examples stay commands). */
export const frProblemsInput: ProseTranslation<typeof enProblemsInput> = {
  'problem.suggestion': 'Vouliez-vous dire {suggestion} ?',
  'problem.input.empty.message': 'Le message ne contient aucune commande.',
  'problem.input.empty.accepted': 'Une commande fluxops, avec ou sans `az` ou `/flux` au début.',
  'problem.input.unterminated-quote.message': 'Le guillemet {quote} ouvert au caractère {position} n’est jamais fermé.',
  'problem.input.unterminated-quote.accepted':
    'Des guillemets par paires : \'…\' ou "…" ; un guillemet littéral s’échappe en \\\' ou \\".',
  'problem.input.internal.message': 'La commande n’a pas pu être lue ({detail}).',
  'problem.input.internal.accepted': 'Une commande fluxops telle que décrite dans `help`.',
  'problem.input.too-long.message': 'Le message fait {length} caractères ; fluxops en lit au plus {limit}.',
  'problem.input.too-long.accepted':
    'Une commande par message, jusqu’à {limit} caractères ; les valeurs longues comme les clés SSH se passent en base64 dans leur indicateur.',
  'problem.input.too-many-words.message': 'Le message compte {count} mots ; une commande en a au plus {limit}.',
  'problem.input.too-many-words.accepted': 'Une commande par message, jusqu’à {limit} mots.',
  'problem.input.too-many-flags.message': 'Le message compte {count} indicateurs ; une commande en a au plus {limit}.',
  'problem.input.too-many-flags.accepted':
    'Les indicateurs listés dans `help <command>`, chacun une fois (jusqu’à {limit}).',
  'problem.command.unknown.message': "'{word}' n'est pas une commande fluxops.",
  'problem.command.unknown.accepted': 'L’une de : {accepted}.',
  'problem.command.incomplete.message': '`{path}` a besoin d’une sous-commande.',
  'problem.command.incomplete.accepted': 'L’une de : {accepted}.',
  'problem.command.unknown-sub.message': "'{word}' n'est pas une sous-commande de `{path}`.",
  'problem.command.unknown-sub.accepted': 'L’une de : {accepted}.',
  'problem.command.az-only.message':
    '`az {group}` est une commande de l’interface az que fluxops n’exécute pas depuis la conversation.',
  'problem.command.az-only.accepted':
    'Les commandes `az k8s-configuration flux …` et `az k8s-extension …` ; exécutez les autres commandes az dans votre propre terminal.',
  'problem.command.flux-v1.message':
    '`az k8s-configuration {verb}` gère des configurations Flux v1, que fluxops ne prend pas en charge.',
  'problem.command.flux-v1.accepted': 'Les commandes Flux v2 sous `az k8s-configuration flux`.',
  'problem.flag.unknown.message': "Indicateur inconnu '{flag}' pour `{command}`.",
  'problem.flag.unknown.accepted': 'Les indicateurs listés dans `help {topic}`.',
  'problem.flag.missing-value.message': '{flag} nécessite une valeur.',
  'problem.flag.missing-value.accepted': '{flag} suivi d’une valeur (ou {flag}=valeur).',
  'problem.flag.repeated.message': '{flag} est donné plusieurs fois.',
  'problem.flag.repeated.accepted': '{flag} une fois au plus.',
  'problem.flag.required.message': '{flag} est obligatoire pour `{command}`.',
  'problem.flag.required.accepted': '{flag} avec une valeur.',
  'problem.flag.invalid-choice.message': "{flag} '{value}' non valide.",
  'problem.flag.invalid-choice.accepted': 'L’une de : {accepted}.',
  'problem.flag.invalid-boolean.message': "{flag} '{value}' non valide : true ou false attendu.",
  'problem.flag.invalid-boolean.accepted': '{flag} seul (true), ou {flag} true|false.',
  'problem.flag.invalid-integer.message': "{flag} '{value}' non valide : nombre entier attendu.",
  'problem.flag.invalid-integer.accepted': 'Un nombre entier de {min} à {max}.',
  'problem.flag.file-unsupported.message':
    '{flag} lit un fichier sur votre machine, ce qu’un bot de conversation ne peut pas faire.',
  'problem.flag.file-unsupported.accepted': 'Le contenu lui-même, encodé en base64, avec {replacement}.',
  'problem.argument.unexpected.message': "Argument inattendu '{value}' pour `{command}`.",
  'problem.argument.unexpected.accepted': 'Les indicateurs listés dans `help {topic}`{positional}.',
  'problem.target.missing.message':
    'Cette commande a besoin d’un cluster, mais le canal n’a pas de valeur par défaut et la commande n’en nomme pas (il manque {missing}).',
  'problem.target.missing.accepted':
    'Définissez une fois la valeur par défaut du canal avec `use`, ou passez -g, -c et -t à la commande.',
  'problem.target.placeholder.message':
    '{flag} {value} est un espace réservé de la documentation, et le canal n’a pas de valeur par défaut à utiliser à la place.',
  'problem.target.placeholder.accepted':
    'La vraie valeur sur la commande, ou la valeur par défaut du canal définie une fois avec `use`.',
  'problem.target.cluster-type.message': "Le type de cluster '{value}' n'est pas pris en charge.",
  'problem.target.cluster-type.accepted': 'connectedClusters, managedClusters ou provisionedClusters.',
  'problem.target.cluster-rp-required.message':
    "Une valeur Cluster Resource Provider est requise pour le type de cluster '{type}'.",
  'problem.target.cluster-rp-required.accepted':
    '--cluster-rp Microsoft.HybridContainerService pour provisionedClusters.',
  'problem.target.cluster-rp-combination.message':
    "La combinaison du type de cluster '{type}' et du Cluster Resource Provider '{rp}' n'est pas prise en charge.",
  'problem.target.cluster-rp-combination.accepted': '{accepted}',
  'problem.target.subscription.message': "--subscription '{value}' non valide.",
  'problem.target.subscription.accepted':
    'Un identifiant d’abonnement (GUID) ou un nom sans espace au début ni à la fin.',
  'problem.target.resource-group.message': "--resource-group '{value}' non valide.",
  'problem.target.resource-group.accepted':
    'Jusqu’à 90 lettres, chiffres, traits de soulignement, traits d’union, points et parenthèses, sans point final.',
  'problem.target.cluster-name.message': "--cluster-name '{value}' non valide.",
  'problem.target.cluster-name.accepted':
    'Jusqu’à 63 lettres, chiffres, traits de soulignement et traits d’union, commençant par une lettre ou un chiffre.',
};
