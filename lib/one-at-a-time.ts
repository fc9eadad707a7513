/**
 * Wraps an async job so at most one run is in flight; calls made meanwhile collapse into a single
 * run after it. A page that changes its address thousands of times costs the helper two requests.
 */
export function oneAtATime(job: () => Promise<void>): () => void {
  let running = false;
  let again = false;
  const start = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    job()
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
