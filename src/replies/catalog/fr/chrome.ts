import type { enChrome } from '../en/chrome.ts';
import type { Translation } from '../translation.ts';

/** Français : the chat chrome (see en/chrome.ts). */
export const frChrome: Translation<typeof enChrome> = {
  'chrome.status.queued': 'En file d’attente',
  'chrome.status.running': 'En cours',
  'chrome.status.succeeded': 'Réussi',
  'chrome.status.failed': 'Échec',
  'chrome.status.warning': 'Avertissement',
  'chrome.status.info': 'Info',
  'chrome.status.confirm': 'En attente de confirmation',
  'chrome.status.cancelled': 'Annulé',
  'chrome.provenance.job': 'tâche {jobId}',
  'chrome.provenance.asked-by': 'demandé par {who}',
  'chrome.provenance.confirmed-by': 'confirmé par {who}',
  'chrome.provenance.cluster': 'cluster {cluster}',
  'chrome.next': 'Ensuite : {commands}',
  'chrome.table': 'Tableau {number}',
  'chrome.more-text': 'Suite du texte',
  'chrome.more-fields': 'Autres champs',
  'chrome.output': 'Sortie',
  'chrome.thread.lines': '… {count, plural, one {# autre ligne} other {# autres lignes}} — dans le fil',
  'chrome.thread.rows': '… {count, plural, one {# autre ligne} other {# autres lignes}} — dans le fil',
  'chrome.thread.detail': '{title} : {count, plural, one {# ligne} other {# lignes}} dans le fil',
  'chrome.blocks-not-shown': '… {count, plural, one {# autre bloc non affiché} other {# autres blocs non affichés}}',
  'chrome.lines-not-shown': '… {count, plural, one {# autre ligne non affichée} other {# autres lignes non affichées}}',
  'chrome.slack.too-large': '{title} : trop volumineux pour un seul message Slack{where}',
  'chrome.slack.too-large.thread': ' — la sortie complète est dans le fil.',
  'chrome.teams.rows': '{name}, lignes {from}–{to}',
  'chrome.teams.more-rows':
    '{count, plural, one {# autre ligne} other {# autres lignes}} — dans les messages qui suivent.',
  'chrome.teams.text': 'Texte',
  'chrome.teams.fields': 'Champs',
  'chrome.teams.too-large':
    'Trop volumineux pour un seul message Teams — la réponse complète est dans les messages qui suivent.',
  'chrome.teams.detail-follows': '{count, plural, one {# ligne} other {# lignes}} ; la sortie complète suit.',
  'chrome.console.confirm': 'Confirmer ? [y/N] ',
  'chrome.console.not-confirmed':
    'Non confirmé (aucune réponse à lire). Envoyez `y` par un tube (`echo y | npm run -s chat -- "…"`) ; --yes ne saute la question que là où un administrateur a défini `access policy confirm=allow-yes` pour le canal.',
  'chrome.console.welcome':
    'console fluxops — {url} en tant que {user} dans #{channel}. Tapez `help` ; Ctrl-D pour quitter.',
  'chrome.console.not-running': 'fluxops ne tourne pas sur {url}. Démarrez-le avec `npm start`.',
  'chrome.console.no-answer':
    'Aucune réponse de {url} en {seconds} s : la connexion a été acceptée, mais rien n’a été envoyé. Vérifiez que FLUXOPS_URL (ou PORT) désigne fluxops et que son processus web n’est pas bloqué (`curl {url}/readyz`) ; FLUXOPS_ANSWER_WAIT règle l’attente.',
  'chrome.console.watch-back': '(#{channel} de nouveau suivi ; les messages publiés entre-temps ont été manqués)',
  'chrome.console.watch-lost': '(suivi de #{channel} perdu ; nouvelle tentative)',
  'chrome.console.not-watching': '(#{channel} n’est pas suivi : {reason})',
  'chrome.slack.prompt-follows':
    'Ceci modifie le cluster : le résumé avec Confirmer et Annuler est publié dans le canal.',
  'chrome.slack.still-working': 'Reçu — fluxops met du temps à répondre ; le résultat arrive ici dans un instant.',
  'chrome.slack.failed':
    'fluxops n’a pas pu répondre à cette commande ; l’erreur est dans son journal. Vérifiez le canal avant de réessayer.',
  'chrome.slack.invite':
    'fluxops n’est pas membre de ce canal : cette réponse est donc arrivée par la commande plutôt que par un message à part entière (ni mises à jour en direct, ni fil). Invitez-le avec `/invite @fluxops` pour les avoir.',
  'access.groups-slack-only':
    'Un groupe d’utilisateurs est un groupe Slack : liez-le depuis un canal Slack de son espace de travail (par ex. `/flux access grant operator @oncall`). Ici, liez des utilisateurs (`access grant operator @ID`, identifiants donnés par `access whoami`) ou le canal (`--channel`). Rien n’a été modifié.',
};
