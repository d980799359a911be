/** The URL a person on this machine opens: a wildcard address means every interface, localhost among them. */
export function listenUrl(host: string, port: number): string {
  if (host === "0.0.0.0" || host === "::" || host === "") return `http://localhost:${port}`;
  return host.includes(":") ? `http://[${host}]:${port}` : `http://${host}:${port}`;
}
