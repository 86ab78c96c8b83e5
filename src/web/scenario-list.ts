// The scenarios the page offers: the built-in presets, the files of scenarios/ (each loaded, extends resolved and
// validated), and the file named on the command line, selected at start. Files that do not load are skipped with a
// warning.
import { existsSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { loadScenario } from '../scenario/load.js';
import { ScenarioError } from '../scenario/problems.js';
import { scenarioSchema, type Scenario } from '../scenario/schema.js';
import { PRESETS } from './presets.js';
import type { EmbeddedScenarios, ScenarioEntry } from './protocol.js';

export interface ScenarioListOptions {
  /** Folder whose .yaml, .yml and .json files are offered (none when it does not exist). */
  dir?: string;
  /** A scenario named on the command line, already loaded: offered first and selected at start. */
  chosen?: { file: string; scenario: Scenario };
}

export interface ScenarioList extends EmbeddedScenarios {
  /** One line per file of the folder that could not be loaded. */
  warnings: string[];
}

const SCENARIO_FILE = /\.(ya?ml|json)$/i;

/** Ids name files by their base name only, so that a built page does not give away the folders it was built in. */
function fileEntry(id: string, file: string, scenario: Scenario): ScenarioEntry {
  return { id, label: `${basename(file)}: ${scenario.name}`, scenario };
}

/** The file entries of a folder, in name order. */
function folderEntries(dir: string, warnings: string[]): ScenarioEntry[] {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir)
    .filter((name) => SCENARIO_FILE.test(name))
    .sort();
  return files.flatMap((name) => {
    const file = join(dir, name);
    try {
      return [fileEntry(`scenarios/${name}`, file, loadScenario(file))];
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error;
      warnings.push(`skipped ${name}: ${error.message.split('\n')[0]}`);
      return [];
    }
  });
}

/** The file named on the command line: the folder's entry when it lies there, its own entry otherwise. */
function chosenEntry({ file, scenario }: { file: string; scenario: Scenario }, dir?: string): ScenarioEntry {
  const inFolder = dir !== undefined && resolve(dir, basename(file)) === resolve(file);
  return fileEntry(inFolder ? `scenarios/${basename(file)}` : `file/${basename(file)}`, file, scenario);
}

export function listScenarios(options: ScenarioListOptions = {}): ScenarioList {
  const warnings: string[] = [];
  const presets = PRESETS.map(
    (p): ScenarioEntry => ({ id: p.id, label: p.label, scenario: scenarioSchema.parse(p.input) }),
  );
  const files = options.dir ? folderEntries(options.dir, warnings) : [];
  const chosen = options.chosen && chosenEntry(options.chosen, options.dir);
  const others = files.filter((e) => e.id !== chosen?.id);
  const entries = chosen ? [chosen, ...presets, ...others] : [...presets, ...others];
  return { entries, selected: (chosen ?? presets[0]).id, warnings };
}
