// Who a dot is: pointing at a dot of the network (or tapping it), or focusing the picture and pressing the arrow keys
// to visit members one by one, picks an agent out and says its kind, mini-cluster, membership, ties, mean trust and
// satisfaction in a live region that screen readers read.
import { KIND_NAMES } from '../../scenario/schema.js';
import { fill, formatNumber, type Lang, type Messages } from '../i18n/index.js';
import type { NetworkLayout, NetworkSnapshot } from '../protocol.js';
import { setText } from './dom.js';
import type { NetworkView } from './network-view.js';

/** An agent's ties among members and their mean trust, from the network as drawn. */
export function agentTies(network: NetworkSnapshot, agent: number): { ties: number; meanTrust: number } {
  let ties = 0;
  let trust = 0;
  for (let k = 0; k < network.ties.length; k += 2) {
    if (network.ties[k] !== agent && network.ties[k + 1] !== agent) continue;
    ties++;
    trust += network.trust[k / 2];
  }
  return { ties, meanTrust: ties > 0 ? trust / ties : 0 };
}

export interface Inspector {
  /** Says who the picked agent is now (after a new frame), or the hint when none is picked. */
  refresh(): void;
  /** Forgets the picked agent (a new model). */
  clear(): void;
}

export function bindInspector(
  canvas: HTMLCanvasElement,
  out: HTMLElement,
  view: NetworkView,
  state: () => { layout: NetworkLayout | null; network: NetworkSnapshot | null },
  t: Messages,
  lang: Lang,
  redraw: () => void,
): Inspector {
  let picked = -1;
  const say = () => {
    const { layout, network } = state();
    if (picked < 0 || !layout || !network) {
      setText(out, t.network.inspectHint);
      if (out.dataset.agent !== undefined) delete out.dataset.agent;
      return;
    }
    const { ties, meanTrust } = agentTies(network, picked);
    const text = fill(t.network.inspect, {
      kind: t.kinds[KIND_NAMES[layout.kind[picked]]],
      mc: layout.mcNames[layout.mc[picked]],
      member: network.member[picked] === 1 ? t.network.member : t.network.notMember,
      ties: formatNumber(lang, ties),
      trust: formatNumber(lang, meanTrust, 2),
      satisfaction: formatNumber(lang, network.satisfaction[picked], 2),
    });
    setText(out, text);
    out.dataset.agent = String(picked);
  };
  const pick = (agent: number) => {
    picked = agent;
    view.pick(agent);
    say();
    redraw();
  };
  const fromPointer = (event: PointerEvent) => {
    const box = canvas.getBoundingClientRect();
    const agent = view.agentAt(event.clientX - box.left, event.clientY - box.top);
    if (agent !== picked) pick(agent);
  };
  canvas.addEventListener('pointermove', fromPointer);
  canvas.addEventListener('pointerdown', fromPointer);
  canvas.addEventListener('keydown', (event) => {
    const { network } = state();
    if (!network) return;
    const forward = event.key === 'ArrowRight' || event.key === 'ArrowDown';
    const back = event.key === 'ArrowLeft' || event.key === 'ArrowUp';
    if (event.key === 'Escape') return pick(-1);
    if (!forward && !back) return;
    event.preventDefault();
    const n = network.member.length;
    for (let k = 1; k <= n; k++) {
      const agent = (((picked + (forward ? k : -k)) % n) + n) % n;
      if (network.member[agent] === 1) return pick(agent);
    }
  });
  return { refresh: say, clear: () => pick(-1) };
}
