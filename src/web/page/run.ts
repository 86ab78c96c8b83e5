// One run on the page: its simulation worker, and what the page has been told of it so far (the layout, the latest
// network and levers, every month's row for the charts and the CSV, the horizon and the status). The page holds one,
// and a second while it compares two runs.
import type {
  FromWorker,
  LeverSettings,
  NetworkLayout,
  NetworkSnapshot,
  SimStatus,
  StepRow,
  ToWorker,
} from '../protocol.js';
import { startSimWorker } from './sim-client.js';

export interface Run {
  send(message: ToWorker): void;
  stop(): void;
  readonly rows: StepRow[];
  layout: NetworkLayout | null;
  network: NetworkSnapshot | null;
  levers: LeverSettings | null;
  horizon: number;
  status: SimStatus;
}

/** Starts a run's worker; each message updates the run, then goes to onMessage. */
export function createRun(onMessage: (run: Run, message: FromWorker) => void, onError: (message: string) => void): Run {
  const run: Run = {
    send: (message) => client.send(message),
    stop: () => client.stop(),
    rows: [],
    layout: null,
    network: null,
    levers: null,
    horizon: 0,
    status: 'paused',
  };
  const client = startSimWorker((message) => {
    if (message.type === 'loaded') {
      run.rows.length = 0;
      run.rows.push(message.first);
      run.layout = message.layout;
      run.horizon = message.horizon;
      run.status = 'paused';
    } else if (message.type === 'frame') {
      run.rows.push(...message.rows);
      run.horizon = message.horizon;
      run.status = message.status;
    }
    if (message.type !== 'error') {
      run.network = message.network;
      run.levers = message.levers;
    }
    onMessage(run, message);
  }, onError);
  return run;
}
