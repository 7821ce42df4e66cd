/** Where the HTTP server listens, and the warning to log once when that exposes an open ingress. */
export interface BindChoice {
  host: string;
  warning?: string;
}

/** 127.0.0.0/8, `localhost` and `::1`: only this machine can connect. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * Rules, in order:
 * 1. HOST set: it is used as given. If an ingress runs without authentication (`open` names them) and
 *    HOST is not loopback, the result carries a warning to log once, loudly: anyone who reaches the
 *    address can use those ingresses.
 * 2. HOST unset and something is open: 127.0.0.1, so nothing unauthenticated is reachable from
 *    another host by accident.
 * 3. HOST unset and every ingress authenticates: 0.0.0.0 (containers, load balancers).
 */
export function chooseBindHost(host: string | undefined, open: string[]): BindChoice {
  if (host !== undefined) {
    if (open.length === 0 || isLoopbackHost(host)) return { host };
    return {
      host,
      warning: `HOST=${host} serves ${open.join(' and ')} WITHOUT AUTHENTICATION to every host that can reach this address; unset HOST (fluxops then listens on 127.0.0.1 only) or turn authentication on`,
    };
  }
  return { host: open.length > 0 ? '127.0.0.1' : '0.0.0.0' };
}
