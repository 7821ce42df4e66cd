import type { enSubmit } from '../en/submit.ts';
import type { Translation } from '../translation.ts';

/** Français : replies given at once by submit (see en/submit.ts). */
export const frSubmit: Translation<typeof enSubmit> = {
  'submit.lang.set.title': 'Langue du canal définie',
  'submit.lang.set.text':
    'Les alertes, rétablissements et résumés de ce canal sont désormais rédigés en {language} ; les réponses aux commandes suivent la langue de chaque lecteur.',
  'submit.lang.label': 'Langue',
  'submit.lang.name.en': 'anglais',
  'submit.lang.name.ja': 'japonais',
  'submit.lang.name.fr': 'français',
};
