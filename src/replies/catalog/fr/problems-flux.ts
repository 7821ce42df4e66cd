import type { enProblemsFlux } from '../en/problems-flux.ts';
import type { ProseTranslation } from '../translation.ts';

/** Français : validation problems of `k8s-configuration flux` (see en/problems-flux.ts; examples stay commands). */
export const frProblemsFlux: ProseTranslation<typeof enProblemsFlux> = {
  'problem.name.too-long.message': "{flag} '{value}' non valide : {max} caractères au maximum (il en a {length}).",
  'problem.name.edge-hyphen.message':
    "{flag} '{value}' non valide : il ne peut ni commencer ni finir par un trait d'union.",
  'problem.name.edge-period.message': "{flag} '{value}' non valide : il ne peut ni commencer ni finir par un point.",
  'problem.name.invalid-chars.message':
    "{flag} '{value}' non valide : il ne peut contenir que des minuscules, des chiffres, des traits d'union et des points.",
  'problem.name.accepted':
    'Minuscules, chiffres, traits d’union et points, commençant et finissant par une lettre ou un chiffre, {max} caractères au plus.',
  'problem.namespace.too-long.message':
    "{flag} '{value}' non valide : un espace de noms fait 63 caractères au maximum (il en a {length}).",
  'problem.namespace.edge-hyphen.message':
    "{flag} '{value}' non valide : un espace de noms ne peut ni commencer ni finir par un trait d'union.",
  'problem.namespace.invalid-chars.message':
    "{flag} '{value}' non valide : un espace de noms ne peut contenir que des minuscules, des chiffres et des traits d'union.",
  'problem.namespace.accepted':
    'Une étiquette DNS-1123 : minuscules, chiffres et traits d’union, commençant et finissant par une lettre ou un chiffre, 63 caractères au plus.',
  'problem.object-ref.bad-form.message':
    "'{value}' n'est pas un nom d'objet : écrivez NAME ou NAMESPACE/NAME, avec une seule barre oblique.",
  'problem.object-ref.bad-form.accepted':
    'Un nom d’objet, ou son espace de noms et son nom sous la forme NAMESPACE/NAME.',
  'problem.object-ref.bad-namespace.message': "Espace de noms '{namespace}' non valide dans '{value}'.",
  'problem.object-ref.bad-namespace.accepted':
    'NAMESPACE/NAME, l’espace de noms étant une étiquette DNS-1123 : minuscules, chiffres et traits d’union, commençant et finissant par une lettre ou un chiffre, 63 caractères au plus.',
  'problem.object-ref.namespace-mismatch.message':
    "'{value}' désigne l'espace de noms {namespace}, mais --namespace indique {flag}.",
  'problem.object-ref.namespace-mismatch.accepted':
    'Un seul espace de noms : NAMESPACE/NAME, ou NAME --namespace NAMESPACE.',
  'problem.kustomization.combined-name-too-long.message':
    "Le nom de configuration Flux '{config}' combiné au nom de kustomization '{kustomization}' ne peut pas dépasser 62 caractères (il en fait {length}).",
  'problem.kustomization.combined-name-too-long.accepted':
    'Nom de configuration et nom de kustomization ensemble, 62 caractères au plus (Flux nomme l’objet <configuration>-<kustomization>).',
  'problem.kustomization.name-missing.message':
    "La définition de kustomization '{value}' n'est pas valide : la valeur obligatoire 'name' est introuvable.",
  'problem.kustomization.name-missing.accepted':
    'Chaque groupe --kustomization commence par name=NOM, suivi d’autres paires CLÉ=VALEUR.',
  'problem.kustomization.bad-pair.message':
    "'{value}' n'est pas une paire CLÉ=VALEUR (utilisation : --kustomization KEY=VALUE [KEY=VALUE ...]).",
  'problem.kustomization.bad-pair.accepted': 'Des paires CLÉ=VALEUR avec les clés {keys}.',
  'problem.kustomization.unknown-key.message': "Clé de kustomization inconnue '{key}'.",
  'problem.kustomization.unknown-key.accepted': 'Les clés {keys}.',
  'problem.kustomization.repeated-key.message':
    "La clé de kustomization '{key}' est donnée plusieurs fois dans '{name}'.",
  'problem.kustomization.repeated-key.accepted': 'Chaque clé une fois par groupe --kustomization.',
  'problem.kustomization.duplicate-name.message': "Le nom de kustomization '{name}' est donné plusieurs fois.",
  'problem.kustomization.duplicate-name.accepted': 'Des noms distincts, un groupe --kustomization par kustomization.',
  'problem.kustomization.invalid-boolean.message':
    "Valeur de kustomization {key}='{value}' non valide : true ou false attendu.",
  'problem.kustomization.invalid-boolean.accepted': '{key}=true ou {key}=false.',
  'problem.kustomization.invalid-dependency.message': "Entrée dependsOn '{value}' non valide dans '{name}'.",
  'problem.kustomization.invalid-dependency.accepted':
    'Des noms de kustomization : dependsOn=["a","b"], dependsOn=[a,b] ou dependsOn=a,b.',
  'problem.duration.invalid.message': "{flag} '{value}' non valide : ce n'est pas une durée Go.",
  'problem.duration.accepted':
    'Heures, minutes et secondes dans cet ordre, chacune une fois au plus (h → m → s), par ex. 10m, 1h30m, 1h2m5s.',
  'problem.url.invalid-scheme.message':
    "--url '{value}' non valide : une url {kind} doit commencer par l'un de {schemes}.",
  'problem.url.invalid-scheme.accepted': 'Une url commençant par {schemes}.',
  'problem.url.credentials.message':
    "--url '{value}' non valide : elle contient des identifiants, qu’Azure conserverait en clair dans la configuration et que le chat afficherait.",
  'problem.url.credentials.accepted': 'L’url sans eux, et les identifiants avec --https-user et --https-key.',
  'problem.url.ssh-key-with-http.message': '--ssh-private-key ne peut pas être utilisé avec une url http(s).',
  'problem.url.ssh-key-with-http.accepted':
    'Une url ssh (ssh://… ou git@…) avec --ssh-private-key, ou une url http(s) avec --https-user/--https-key.',
  'problem.url.known-hosts-with-http.message': '--known-hosts ne peut pas être utilisé avec une url http(s).',
  'problem.url.known-hosts-with-http.accepted': '--known-hosts uniquement avec une url ssh (ssh://… ou git@…).',
  'problem.url.https-auth-with-ssh.message':
    'L’authentification https (--https-user et --https-key) ne peut pas être utilisée avec une url non http(s).',
  'problem.url.https-auth-with-ssh.accepted':
    '--https-user et --https-key uniquement avec une url http:// ou https://.',
  'problem.url.https-user-key-separate.message': '--https-user et --https-key ne peuvent pas être utilisés séparément.',
  'problem.url.https-user-key-separate.accepted': '--https-user et --https-key ensemble, ou aucun des deux.',
  'problem.git-ref.missing.message': 'La référence du référentiel est manquante.',
  'problem.git-ref.too-many.message':
    'La référence du référentiel n’est pas valide : plusieurs de {given} sont donnés.',
  'problem.git-ref.accepted': 'Exactement un de --branch, --tag, --semver ou --commit.',
  'problem.source.missing-required.message':
    "Les propriétés obligatoires [{flags}] n'ont pas été spécifiées pour le kind '{kind}'.",
  'problem.source.missing-required.accepted': 'Pour le kind {kind} : {flags}.',
  'problem.source.foreign-flags.message':
    "Des propriétés non valides [{flags}] ont été spécifiées pour le kind '{kind}'.",
  'problem.source.foreign-flags.accepted': "Les propriétés valides pour le kind '{kind}' incluent [{valid}].",
  'problem.bucket.auth-missing.message':
    "Des propriétés d'authentification doivent être spécifiées pour le kind 'bucket'.",
  'problem.bucket.auth-missing.accepted':
    'Soit --bucket-access-key et --bucket-secret-key ensemble, soit --local-auth-ref.',
  'problem.azblob.sp-incomplete.message':
    'Le principal de service n’est pas valide car il manque des valeurs : {missing}.',
  'problem.azblob.sp-too-many.message':
    'Trop de méthodes d’authentification pour le principal de service (--sp-client-secret et --sp-client-cert).',
  'problem.azblob.sp-cert-password-without-cert.message':
    'Le mot de passe du certificat du principal de service n’est pas valide : --sp-cert-password nécessite --sp-client-cert.',
  'problem.azblob.too-many-auth.message': 'Trop de méthodes d’authentification pour Azure Blob : {methods}.',
  'problem.azblob.accepted':
    'Au plus l’un de : principal de service (--sp-client-id + --sp-tenant-id + --sp-client-secret ou --sp-client-cert [--sp-cert-password]), --account-key, --sas-token, --mi-client-id, --local-auth-ref.',
  'problem.known-hosts.not-base64.message': '--known-hosts n’est pas une chaîne base64 utf-8 valide.',
  'problem.known-hosts.bad-format.message': '--known-hosts n’est pas au bon format (ligne {line} : {reason}).',
  'problem.known-hosts.accepted':
    'Le base64 de lignes known_hosts au format sshd(8) : [marker] hosts key-type base64-key [comment].',
  'problem.ssh-key.invalid.message': '--ssh-private-key est dans un format non valide ({reason}).',
  'problem.ssh-key.accepted': 'Une clé privée PEM encodée en base64, de type RSA, ECC, DSA ou Ed25519 (OpenSSH).',
  'problem.https-ca-cert.not-base64.message': '--https-ca-cert n’est pas une chaîne base64 valide.',
  'problem.https-ca-cert.accepted': 'Le certificat d’autorité (PEM) encodé en base64.',
  'problem.secret.empty.message': '{flag} est vide.',
  'problem.secret.empty.accepted': 'Une valeur secrète non vide.',
  'problem.update.nothing.message': '`{command}` n’a rien à modifier.',
  'problem.update.nothing.accepted': 'Au moins l’un des indicateurs modifiables de `help {topic}`.',
};
