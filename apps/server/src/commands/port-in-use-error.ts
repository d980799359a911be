/** Another process already listens on the configured address. */
export class PortInUseError extends Error {
  override readonly name = "PortInUseError";
  readonly code = "PENNY_PORT_IN_USE";

  constructor(
    readonly host: string,
    readonly port: number,
    options?: { cause?: unknown },
  ) {
    super(
      `Port ${port} on ${host} is already in use by another process. Stop that process, or set PORT to a free port.`,
      options,
    );
  }
}
