/** English texts of the replies `prepare()`, `commit()` and `decide()` give at once (src/submit, src/replies). */
export const enSubmit = {
  'submit.lang.set.title': 'Channel language set',
  'submit.lang.set.text':
    'Alerts, recoveries and digests in this channel are now written in {language}; command replies follow each reader’s own language.',
  'submit.lang.label': 'Language',
  'submit.lang.name.en': 'English',
  'submit.lang.name.ja': 'Japanese',
  'submit.lang.name.fr': 'French',
} satisfies Record<string, string>;
