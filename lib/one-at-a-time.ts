/**
 * Wraps an async job so at most one run is in flight; calls made meanwhile collapse into a single
 * run after it. A page that changes its address thousands of times costs the helper two requests.
 * The job can ask whether another run is already queued after it (`queued`): a run that failed
 * need not give up on something the next one may still bring.
 */
export function oneAtATime(job: (queued: () => boolean) => Promise<void>): () => void {
  let running = false;
  let again = false;
  const queued = () => again;
  const start = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    job(queued)
      .catch(() => undefined)
      .finally(() => {
        running = false;
        if (again) {
          again = false;
          start();
        }
      });
  };
  return start;
}
