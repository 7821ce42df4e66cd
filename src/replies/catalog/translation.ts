/**
 * The type of a ja/fr catalog area: exactly the keys of its English area, each an ICU message. A key
 * missing (or left over after a rename) in a translation is a compile error.
 */
export type Translation<English> = { readonly [Key in keyof English]: string };
