/**
 * The type of a ja/fr catalog area: exactly the keys of its English area, each an ICU message. A key
 * missing (or left over after a rename) in a translation is a compile error.
 */
export type Translation<English> = { readonly [Key in keyof English]: string };

/** Keys whose text is a command, not prose (`help.topic.create.usage`, `problem.flag.required.example`). */
type CommandTextKey = `problem.${string}.example` | `help.topic.${string}.example` | `help.topic.${string}.usage`;

/**
 * The type of a ja/fr area whose examples and usage lines are commands: those stay as the English
 * area has them (commands are never translated) and the prose keys must all be there.
 */
export type ProseTranslation<English> = { readonly [Key in Exclude<keyof English, CommandTextKey>]: string };
