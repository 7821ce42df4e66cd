/** A URL with its user and password replaced by `***`, so logs and errors never carry a Redis password. */
export function redactUrlCredentials(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}
