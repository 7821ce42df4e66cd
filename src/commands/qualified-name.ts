/** `NAMESPACE/NAME` when the command names a namespace, else `NAME`: how replies name the object. */
export function qualifiedName(command: { name: string; namespace?: string }): string {
  return command.namespace ? `${command.namespace}/${command.name}` : command.name;
}
