// The network view: agents at their fixed layout positions, member ties as faint lines, members coloured by kind,
// MC or satisfaction, park firms that are not members as grey dots, and one agent picked out (pointed at or visited by
// keyboard). Canvas 2D, one path per colour, so thousands of nodes stay smooth.
import { AGENT_SPACING } from '../layout.js';
import type { NetworkLayout, NetworkSnapshot } from '../protocol.js';
import { fitCanvas } from './canvas.js';
import {
  BACKGROUND,
  KIND_COLOURS,
  mcColour,
  NON_MEMBER_COLOUR,
  SATISFACTION_BANDS,
  satisfactionColour,
} from './palette.js';

export type ColourBy = 'kind' | 'mc' | 'satisfaction';
export const COLOUR_BYS: readonly ColourBy[] = ['kind', 'mc', 'satisfaction'];

export interface NetworkView {
  setLayout(layout: NetworkLayout): void;
  setNetwork(network: NetworkSnapshot): void;
  setColourBy(colourBy: ColourBy): void;
  /** The words of a region's name on the picture (by the region's id); the model's name when it has none. */
  setRegionNames(names: Readonly<Record<string, string>>): void;
  /** The agent drawn picked out (ringed), or -1 for none. */
  pick(agent: number): void;
  /** The agent whose dot is nearest the point (CSS pixels of the canvas), if within a few pixels; else -1. */
  agentAt(x: number, y: number): number;
  draw(): void;
}

const PADDING_PX = 24;

interface Transform {
  scale: number;
  dx: number;
  dy: number;
}

/** The map-to-pixels transform that fits the layout's extent (labels included) into the canvas. */
function fitTransform(layout: NetworkLayout, width: number, height: number): Transform {
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  const extend = (x: number, y: number) => {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  };
  for (let i = 0; i < layout.x.length; i++) extend(layout.x[i], layout.y[i]);
  for (const label of layout.labels) extend(label.x, label.y);
  if (!Number.isFinite(minX)) return { scale: 1, dx: 0, dy: 0 };
  const spanX = Math.max(1e-6, maxX - minX);
  const spanY = Math.max(1e-6, maxY - minY);
  const scale = Math.min((width - 2 * PADDING_PX) / spanX, (height - 2 * PADDING_PX) / spanY);
  return { scale, dx: (width - spanX * scale) / 2 - minX * scale, dy: (height - spanY * scale) / 2 - minY * scale };
}

export function createNetworkView(canvas: HTMLCanvasElement): NetworkView {
  let layout: NetworkLayout | null = null;
  let network: NetworkSnapshot | null = null;
  let colourBy: ColourBy = 'kind';
  let regionNames: Readonly<Record<string, string>> = {};
  let picked = -1;
  let transform: Transform | null = null;

  function drawTies(ctx: CanvasRenderingContext2D, t: Transform, net: NetworkSnapshot, lay: NetworkLayout): void {
    const count = net.ties.length / 2;
    ctx.strokeStyle = `rgba(70, 80, 100, ${Math.min(0.45, Math.max(0.05, 600 / Math.max(1, count))).toFixed(3)})`;
    ctx.lineWidth = 0.6;
    ctx.beginPath();
    for (let k = 0; k < net.ties.length; k += 2) {
      const a = net.ties[k];
      const b = net.ties[k + 1];
      ctx.moveTo(lay.x[a] * t.scale + t.dx, lay.y[a] * t.scale + t.dy);
      ctx.lineTo(lay.x[b] * t.scale + t.dx, lay.y[b] * t.scale + t.dy);
    }
    ctx.stroke();
  }

  function drawAgents(ctx: CanvasRenderingContext2D, t: Transform, net: NetworkSnapshot, lay: NetworkLayout): number {
    const size = Math.min(7, Math.max(1.5, AGENT_SPACING * t.scale * 0.62));
    const bands = SATISFACTION_BANDS;
    const groups = colourBy === 'kind' ? KIND_COLOURS.length : colourBy === 'mc' ? lay.mcCount : bands;
    const groupOf =
      colourBy === 'kind'
        ? lay.kind
        : colourBy === 'mc'
          ? lay.mc
          : Uint8Array.from(net.satisfaction, (v) => Math.min(bands - 1, Math.max(0, Math.floor(v * bands))));
    const colourOf = (g: number) =>
      colourBy === 'kind' ? KIND_COLOURS[g] : colourBy === 'mc' ? mcColour(g) : satisfactionColour((g + 0.5) / bands);
    const paths = Array.from({ length: groups + 1 }, () => new Path2D());
    let members = 0;
    for (let i = 0; i < lay.x.length; i++) {
      const isMember = net.member[i] === 1;
      if (isMember) members++;
      const r = (isMember ? size : size * 0.6) / 2;
      const path = paths[isMember ? groupOf[i] : groups];
      const x = lay.x[i] * t.scale + t.dx;
      const y = lay.y[i] * t.scale + t.dy;
      path.moveTo(x + r, y);
      path.arc(x, y, r, 0, 2 * Math.PI);
    }
    ctx.fillStyle = NON_MEMBER_COLOUR;
    ctx.fill(paths[groups]);
    for (let g = 0; g < groups; g++) {
      ctx.fillStyle = colourOf(g);
      ctx.fill(paths[g]);
    }
    return members;
  }

  function drawLabels(ctx: CanvasRenderingContext2D, t: Transform, lay: NetworkLayout): void {
    ctx.font = '600 13px system-ui, sans-serif';
    ctx.fillStyle = '#55606e';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'bottom';
    for (const label of lay.labels)
      ctx.fillText(regionNames[label.region] ?? label.text, label.x * t.scale + t.dx, label.y * t.scale + t.dy);
  }

  function drawPicked(ctx: CanvasRenderingContext2D, t: Transform, lay: NetworkLayout): void {
    const x = lay.x[picked] * t.scale + t.dx;
    const y = lay.y[picked] * t.scale + t.dy;
    ctx.lineWidth = 2.5;
    for (const [colour, r] of [
      ['#ffffff', 9],
      ['#000000', 7],
    ] as const) {
      ctx.strokeStyle = colour;
      ctx.beginPath();
      ctx.arc(x, y, r, 0, 2 * Math.PI);
      ctx.stroke();
    }
  }

  function agentAt(px: number, py: number): number {
    if (!layout || !transform) return -1;
    const t = transform;
    let best = -1;
    let bestD = 8 * 8;
    for (let i = 0; i < layout.x.length; i++) {
      const dx = layout.x[i] * t.scale + t.dx - px;
      const dy = layout.y[i] * t.scale + t.dy - py;
      const d = dx * dx + dy * dy;
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    }
    return best;
  }

  function draw(): void {
    const started = performance.now();
    const { ctx, width, height } = fitCanvas(canvas);
    ctx.fillStyle = BACKGROUND;
    ctx.fillRect(0, 0, width, height);
    if (!layout || !network) return;
    const t = fitTransform(layout, width, height);
    drawTies(ctx, t, network, layout);
    const members = drawAgents(ctx, t, network, layout);
    drawLabels(ctx, t, layout);
    if (picked >= 0 && picked < layout.x.length) drawPicked(ctx, t, layout);
    transform = t;
    canvas.dataset.step = String(network.step);
    canvas.dataset.members = String(members);
    canvas.dataset.ties = String(network.ties.length / 2);
    canvas.dataset.drawMs = (performance.now() - started).toFixed(1);
  }

  return {
    setLayout: (l) => void (layout = l),
    setNetwork: (n) => void (network = n),
    setColourBy: (c) => void (colourBy = c),
    setRegionNames: (names) => void (regionNames = names),
    pick: (agent) => void (picked = agent),
    agentAt,
    draw,
  };
}
