/**
 * Runs `job` while holding the Web Lock `name`. Every extension page and the background share
 * these locks (one origin), so two pages cannot interleave the jobs; where there are no Web Locks
 * (unit tests under happy-dom), a queue per name within this copy of the module does the same.
 */
const queues = new Map<string, Promise<unknown>>();

export function exclusively<T>(name: string, job: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request(name, job);
  const run = (queues.get(name) ?? Promise.resolve()).catch(() => undefined).then(job);
  queues.set(name, run);
  return run;
}
