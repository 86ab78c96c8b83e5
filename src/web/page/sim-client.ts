// The page's end of the simulation worker. The worker's code is bundled into the page as a string and started from
// a Blob URL, so the page works from a server and from file:// alike, with nothing fetched.
import type { FromWorker, ToWorker } from '../protocol.js';

/** The worker bundle's source, put in by the build (src/web/bundle.ts). */
declare const __CLUSTERSIM_WORKER__: string;

export interface SimClient {
  send(message: ToWorker): void;
  /** Stops the worker for good. */
  stop(): void;
}

export function startSimWorker(
  onMessage: (message: FromWorker) => void,
  onError: (message: string) => void,
): SimClient {
  const url = URL.createObjectURL(new Blob([__CLUSTERSIM_WORKER__], { type: 'text/javascript' }));
  const worker = new Worker(url, { name: 'clustersim' });
  worker.onmessage = (event: MessageEvent<FromWorker>) => onMessage(event.data);
  worker.onerror = (event) => onError(event.message || 'the simulation worker failed to start');
  return {
    send: (message) => worker.postMessage(message),
    stop: () => {
      worker.terminate();
      URL.revokeObjectURL(url);
    },
  };
}
