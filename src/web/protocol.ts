// The messages between the page and the simulation worker, and the teacher's lever settings they carry.
// Plain data only: everything here crosses postMessage (typed arrays are transferred, not copied).
import type { Row } from '../metrics/recorder.js';
import type { Scenario } from '../scenario/schema.js';
import type { LeverChange, LeverSettings } from './lever-registry.js';

/** The teacher's lever settings and a change of one lever: typed by the lever registry, the one table of levers. */
export type { LeverChange, LeverKey, LeverSettings } from './lever-registry.js';

/** A scenario the page offers in its picker: a built-in preset or a file of scenarios/, resolved with every default. */
export interface ScenarioEntry {
  id: string;
  label: string;
  scenario: Scenario;
}

/** What the page embeds: the scenarios to pick from and the one selected at start. */
export interface EmbeddedScenarios {
  entries: ScenarioEntry[];
  selected: string;
}

/** Ties among members by the kinds of their two ends, in this order. */
export const TIE_SORTS = ['firm-firm', 'firm-expert (IUR)', 'firm-agency', 'expert-expert', 'other (agency)'] as const;

/** Agent positions and attributes, sent once per model. */
export interface NetworkLayout {
  x: Float32Array;
  y: Float32Array;
  kind: Uint8Array;
  mc: Uint16Array;
  mcCount: number;
  /** The MCs' names, by MC index. */
  mcNames: string[];
  /** Region names at their places: the region's id (for the page's words) and its name in the model. */
  labels: { region: string; text: string; x: number; y: number }[];
}

/** The network at a step: member flags and the member ties as endpoint pairs (a0, b0, a1, b1, ...). */
export interface NetworkSnapshot {
  step: number;
  member: Uint8Array;
  /** Satisfaction of every agent, 0-1 (members' own; others' as the model keeps it). */
  satisfaction: Float32Array;
  ties: Int32Array;
  /** Trust of each member tie, 0-1, in the order of `ties`' pairs. */
  trust: Float32Array;
}

/** What the run does when it reaches its last month: stop there, or go on a year at a time. */
export type AtEnd = 'stop' | 'continue';

/** One step's measures: the recorder's row (cheap columns) and tie counts by sort. */
export interface StepRow {
  row: Row;
  tiesBySort: number[];
}

export type SimStatus = 'paused' | 'playing' | 'finished';

export type ToWorker =
  | { type: 'load'; scenario: Scenario; seed: number; levers: LeverSettings }
  /** Plays until the step `until` (or the horizon); then the run pauses. */
  | { type: 'play'; until?: number }
  | { type: 'atEnd'; mode: AtEnd }
  | { type: 'pause' }
  | { type: 'step' }
  | { type: 'speed'; stepsPerSecond: number }
  | { type: 'lever'; change: LeverChange };

export type FromWorker =
  | {
      type: 'loaded';
      layout: NetworkLayout;
      horizon: number;
      first: StepRow;
      network: NetworkSnapshot;
      levers: LeverSettings;
    }
  | {
      type: 'frame';
      rows: StepRow[];
      network: NetworkSnapshot;
      levers: LeverSettings;
      status: SimStatus;
      msPerStep: number;
      /** The last month of the run: grows a year at a time when it goes on past the scenario's end. */
      horizon: number;
    }
  | { type: 'error'; message: string };
