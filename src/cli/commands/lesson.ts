// clustersim lesson check FILE...: every problem of every lesson file (lessons/*.yaml, bundled into the teaching page),
// each with file, line, path, value and what was expected; its scenario must be one the page offers.
import type { Argv } from 'yargs';
import type { CommandBody } from './index.js';
import { LessonError, loadLesson } from '../../web/lessons/load.js';
import { scenariosDir } from '../../web/paths.js';
import { listScenarios } from '../../web/scenario-list.js';

function checkLessons(args: { files: string[] }): void {
  const ids = listScenarios({ dir: scenariosDir() }).entries.map((e) => e.id);
  const problems = args.files.flatMap((file) => {
    try {
      loadLesson(file, ids);
      return [];
    } catch (error) {
      if (error instanceof LessonError) return error.problems;
      throw error;
    }
  });
  if (problems.length > 0) throw new LessonError(problems);
  console.log(`clustersim: ${args.files.length} lesson${args.files.length === 1 ? '' : 's'} valid`);
}

export const lessonCommand: CommandBody = {
  builder: (y: Argv) =>
    y
      .command({
        command: 'check <files..>',
        describe: 'Check lesson files and list every problem found',
        builder: (c: Argv) =>
          c.positional('files', { type: 'string', array: true, describe: 'lesson files (YAML or JSON)' }),
        handler: (args) => checkLessons(args as unknown as { files: string[] }),
      })
      .demandCommand(1, 'name an action: clustersim lesson check FILE'),
  handler: () => {},
};
